import type { PGlite } from "@electric-sql/pglite";
import type { Sql } from "postgres";
import type { Database } from "./create-database";

/** A drizzle database or one of its transactions (what `db.transaction(async (tx) => …)` hands over). */
export type StatementExecutor = Pick<Database, "select">;

interface StatementClient {
  unsafe?: Sql["unsafe"];
  query?: PGlite["query"];
}

/**
 * Runs one SQL statement of constant text with `$n` parameters on a drizzle
 * database or transaction, whichever driver is underneath, and answers its
 * rows. For the hottest statements: no query builder runs per call (drizzle's
 * build of a 30-parameter `sql` template was a few percent of a token's CPU),
 * and postgres.js prepares the text once per connection. Everything else goes
 * through drizzle.
 */
export async function runStatement<Row>(db: StatementExecutor, text: string, params: readonly unknown[]): Promise<Row[]> {
  // drizzle keeps its driver client on the database as `$client`, and on a transaction's session as
  // `client` (postgres.js: the transaction's reserved connection; PGlite: its transaction object).
  const handle = db as unknown as { $client?: StatementClient; session?: { client: StatementClient } };
  const client = handle.$client ?? handle.session?.client;
  if (!client) throw new Error("runStatement: not a drizzle database or transaction");
  if (typeof client.unsafe === "function") return (await client.unsafe(text, params as never[], { prepare: true })) as unknown as Row[];
  return (await client.query!<Row>(text, params as unknown[])).rows;
}
