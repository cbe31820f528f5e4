import { parseArgs } from "node:util";
import { isAppError } from "@jeton/core";
import { createMerchantCommand } from "./commands/create-merchant-command";
import { generateKeyCommand } from "./commands/generate-key-command";
import { migrateCommand } from "./commands/migrate-command";
import { purgeCommand } from "./commands/purge-command";
import { rotateKeysCommand } from "./commands/rotate-keys-command";
import { rotateSigningKeyCommand } from "./commands/rotate-signing-key-command";
import { seedDemoCommand } from "./commands/seed-demo-command";

const usage = `Usage: jeton <command>

  merchants create --name NAME [--origin URL]... [--return-url URL]... [--json]
                               create a merchant with test and live keys
  keys generate [--id ID]      print a new vault key-encryption key entry
  keys rotate                  re-wrap vaulted card data under the active KEK
  keys rotate-signing [--json] sign return tokens with a new key from now on
  migrate                      apply database migrations
  purge                        erase expired CVCs and old rate-limit counters
  seed demo --out FILE [--origin URL]...
                               create the demo merchant once, keys saved in FILE

Configuration comes from the environment (DATABASE_URL, JETON_VAULT_KEKS, …);
see the README. With the embedded database, stop the platform first.`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      origin: { type: "string", multiple: true },
      "return-url": { type: "string", multiple: true },
      json: { type: "boolean", default: false },
      id: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals.slice(0, 2).join(" ");
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  switch (command) {
    case "merchants create":
      if (!values.name) throw new Error("--name is required");
      return createMerchantCommand({
        name: values.name,
        origins: values.origin ?? [],
        returnUrls: values["return-url"] ?? [],
        json: values.json,
      });
    case "keys generate":
      return generateKeyCommand(values.id ?? `kek-${new Date().toISOString().slice(0, 10)}`);
    case "keys rotate":
      return rotateKeysCommand();
    case "keys rotate-signing":
      return rotateSigningKeyCommand({ json: values.json });
    case "seed demo":
      if (!values.out) throw new Error("--out is required");
      return seedDemoCommand({ out: values.out, origins: values.origin ?? [] });
    default:
      if (positionals[0] === "migrate") return migrateCommand();
      if (positionals[0] === "purge") return purgeCommand();
      throw new Error(`Unknown command: ${positionals.join(" ")}\n\n${usage}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = isAppError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`jeton: ${message}\n`);
  process.exitCode = 1;
});
