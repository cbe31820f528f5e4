import type { Database } from "@jeton/db";
import { sql } from "drizzle-orm";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Serializes every change to the set of active signing keys across instances
 * for the rest of the transaction. There is no row to lock before the first
 * key exists, hence an advisory lock rather than `FOR UPDATE`. Its result is
 * never read, because `execute` answers differently on postgres.js and PGlite.
 */
export async function lockSigningKeys(tx: Transaction): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jeton.signing_keys'))`);
}
