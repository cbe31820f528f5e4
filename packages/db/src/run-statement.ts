import { PGlite } from "@electric-sql/pglite";
import type { Sql } from "postgres";
import type { Database } from "./create-database";

/**
 * Runs one SQL statement of constant text with `$n` parameters on a drizzle
 * database, whichever driver is underneath, and answers its rows. For the
 * hottest statements: no query builder runs per call (drizzle's build of a
 * 30-parameter `sql` template was a few percent of a token's CPU), and
 * postgres.js prepares the text once per connection. Everything else goes
 * through drizzle.
 */
export async function runStatement<Row>(db: Database, text: string, params: readonly unknown[]): Promise<Row[]> {
  // drizzle keeps its driver client on the database as `$client`.
  const client = (db as unknown as { $client: Sql | PGlite }).$client;
  if (client instanceof PGlite) return (await client.query<Row>(text, params as unknown[])).rows;
  return (await client.unsafe(text, params as never[], { prepare: true })) as unknown as Row[];
}
