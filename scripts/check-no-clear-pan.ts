// After the end-to-end run: no test card number may appear in clear in the
// database (every table, every row, as text; plus a pg_dump or the raw PGlite
// files) nor in the servers' logs; and no CVC may be logged.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createDatabase } from "@jeton/db";

const output = process.env.E2E_OUTPUT ?? "e2e/.output";
// SPEC §5 test cards, plus the Luhn failure that must never be stored at all.
const PANS = [
  "4242424242424242", "5555555555554444", "378282246310005", "4000000000003220", "4000000032200000",
  "4000008400001629", "4000008400001280", "4000000000000002", "4000000000009995", "4000000000009987",
  "4000000000009979", "4000000000000069", "4000000000000127", "4000000000000119", "4242424242424241", "4100000000000019",
];
const problems: string[] = [];
const findPans = (where: string, text: string) => {
  for (const pan of PANS) if (text.includes(pan)) problems.push(`${pan} in clear in ${where}`);
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const handle = createDatabase(
  process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: path.join(process.env.JETON_DATA_DIR ?? "", "pglite") },
);
const tables = await handle.query<{ table_name: string }>(
  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
);
let rows = 0;
for (const { table_name } of tables) {
  const found = await handle.query<{ row: string }>(`SELECT t::text AS row FROM "${table_name}" t`);
  rows += found.length;
  for (const { row } of found) findPans(`table ${table_name}`, row);
}
const tokens = await handle.query<{ n: number }>("SELECT count(*)::int AS n FROM card_tokens");
await handle.close();
if ((tokens[0]?.n ?? 0) === 0) problems.push("the run stored no card token: nothing was checked");

if (process.env.DATABASE_URL) {
  findPans("pg_dump", execFileSync("pg_dump", ["--data-only", process.env.DATABASE_URL], { maxBuffer: 1 << 28 }).toString("latin1"));
} else {
  for (const file of filesUnder(path.join(process.env.JETON_DATA_DIR ?? "", "pglite"))) {
    findPans(`data file ${path.basename(file)}`, readFileSync(file).toString("latin1"));
  }
}

const logs = ["web.log", "shop.log"].map((name) => path.join(output, name)).filter(existsSync);
if (logs.length < 2) problems.push("server logs missing");
for (const file of logs) {
  const text = readFileSync(file, "utf8");
  findPans(path.basename(file), text);
  if (/"cvc"\s*:\s*"?\d/i.test(text)) problems.push(`a CVC value in ${path.basename(file)}`);
}

if (problems.length > 0) {
  console.error(`Clear card data found:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`no clear PAN: ${tables.length} tables (${rows} rows, ${tokens[0]?.n} card tokens), the raw database and ${logs.length} logs checked`);
