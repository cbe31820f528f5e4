import { parseArgs } from "node:util";
import { isAppError } from "@jeton/core";
import { addMerchantUrlsCommand } from "./commands/add-merchant-urls-command";
import { createMerchantCommand } from "./commands/create-merchant-command";
import { createStaffUserCommand } from "./commands/create-staff-user-command";
import { createWebhookEndpointCommand } from "./commands/create-webhook-endpoint-command";
import { drainWebhooksCommand } from "./commands/drain-webhooks-command";
import { generateKeyCommand } from "./commands/generate-key-command";
import { migrateCommand } from "./commands/migrate-command";
import { importBinsCommand } from "./commands/import-bins-command";
import { purgeCommand } from "./commands/purge-command";
import { rotateKeysCommand } from "./commands/rotate-keys-command";
import { rotateSigningKeyCommand } from "./commands/rotate-signing-key-command";
import { seedDemoCommand } from "./commands/seed-demo-command";
import { setThreeDsPolicyCommand } from "./commands/set-three-ds-policy-command";
import { settleCommand } from "./commands/settle-command";
import { statusCommand } from "./commands/status-command";

const usage = `Usage: jeton <command>

  merchants create --name NAME [--origin URL]... [--return-url URL]... [--mode test|live] [--json]
                               create a merchant with test and live keys (says whether live mode is on); the origins and return
                               URLs are registered for test mode unless --mode live (https only)
  merchants add-urls --merchant ID [--origin URL]... [--return-url URL]... [--mode test|live]
                               register more origins and return URL prefixes for one mode (test by default)
  merchants three-ds --merchant ID --policy issuer|always|above_amount [--threshold MINOR --currency CUR]
                               when 3-D Secure challenges the shopper: the bank's call, always, or from an amount
  keys generate [--id ID]      print a new vault key-encryption key entry
  keys rotate                  re-wrap vaulted card data under the active KEK
  keys rotate-signing [--json] sign return tokens with a new key from now on
  status [--json]              what this platform is set up for: public URL, database, and whether
                               live mode is on (it is off until JETON_LIVE_ACQUIRER names a live acquirer)
  migrate                      apply database migrations
  purge                        erase expired CVCs and old rate-limit counters
  bins import FILE.csv         load a BIN file (header: bin, country, brand, funding, issuer) for the risk rules
  settle [--cutoff ISO]        run the settlement cut-off now: transactions captured before it
                               (default: now) become settled; prints the settlement as JSON
  webhooks create --merchant ID --url URL [--event TYPE]... [--mode test|live] [--json]
                               add a webhook endpoint; prints its whsec_ secret once
  webhooks drain               deliver every webhook due now (the platform's worker does this too)
  users create --merchant ID --email EMAIL --password PASSWORD --role owner|admin|viewer [--totp-secret BASE32] [--json]
                               add a back-office staff member (password at least 12 characters); without
                               --totp-secret the first sign-in enrols an authenticator app
  seed demo --out FILE [--origin URL]... [--return-url URL]... [--webhook-url URL] [--mode test|live]
                               create the demo merchant once (and its back-office owner), keys, webhook
                               secret and the owner's password saved in FILE

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
      merchant: { type: "string" },
      url: { type: "string" },
      event: { type: "string", multiple: true },
      mode: { type: "string", default: "test" },
      "webhook-url": { type: "string" },
      policy: { type: "string" },
      threshold: { type: "string" },
      currency: { type: "string" },
      cutoff: { type: "string" },
      email: { type: "string" },
      password: { type: "string" },
      role: { type: "string" },
      "totp-secret": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals.slice(0, 2).join(" ");
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (values.mode !== "test" && values.mode !== "live") throw new Error("--mode is test or live");
  const mode = values.mode;
  switch (command) {
    case "merchants create":
      if (!values.name) throw new Error("--name is required");
      return createMerchantCommand({
        name: values.name,
        origins: values.origin ?? [],
        returnUrls: values["return-url"] ?? [],
        mode,
        json: values.json,
      });
    case "merchants add-urls":
      if (!values.merchant) throw new Error("--merchant is required");
      return addMerchantUrlsCommand({ merchantId: values.merchant, mode, origins: values.origin ?? [], returnUrls: values["return-url"] ?? [] });
    case "merchants three-ds":
      if (!values.merchant || !values.policy) throw new Error("--merchant and --policy are required");
      return setThreeDsPolicyCommand({ merchantId: values.merchant, policy: values.policy, threshold: values.threshold, currency: values.currency });
    case "keys generate":
      return generateKeyCommand(values.id ?? `kek-${new Date().toISOString().slice(0, 10)}`);
    case "keys rotate":
      return rotateKeysCommand();
    case "keys rotate-signing":
      return rotateSigningKeyCommand({ json: values.json });
    case "seed demo":
      if (!values.out) throw new Error("--out is required");
      return seedDemoCommand({
        out: values.out,
        origins: values.origin ?? [],
        returnUrls: values["return-url"] ?? [],
        webhookUrl: values["webhook-url"],
        mode,
      });
    case "webhooks create":
      if (!values.merchant || !values.url) throw new Error("--merchant and --url are required");
      return createWebhookEndpointCommand({
        merchantId: values.merchant,
        url: values.url,
        eventTypes: values.event ?? [],
        mode,
        json: values.json,
      });
    case "users create":
      if (!values.merchant || !values.email || !values.password || !values.role) {
        throw new Error("--merchant, --email, --password and --role are required");
      }
      return createStaffUserCommand({
        merchantId: values.merchant,
        email: values.email,
        password: values.password,
        role: values.role,
        totpSecret: values["totp-secret"],
        json: values.json,
      });
    case "webhooks drain":
      return drainWebhooksCommand();
    case "bins import":
      if (!positionals[2]) throw new Error("bins import needs a CSV file: jeton bins import FILE.csv");
      return importBinsCommand({ file: positionals[2] });
    default:
      if (positionals[0] === "migrate") return migrateCommand();
      if (positionals[0] === "status" && positionals.length === 1) return statusCommand({ json: values.json });
      if (positionals[0] === "purge") return purgeCommand();
      if (positionals[0] === "settle" && positionals.length === 1) return settleCommand({ cutoff: values.cutoff });
      throw new Error(`Unknown command: ${positionals.join(" ")}\n\n${usage}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = isAppError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
  process.stderr.write(`jeton: ${message}\n`);
  process.exitCode = 1;
});
