import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./create-database";

/**
 * Applies the committed drizzle-kit migrations. The folder is an argument
 * because bundlers (Next.js) move this module away from the package.
 */
export async function migrateDatabase(handle: DatabaseHandle, migrationsFolder: string): Promise<void> {
  if (handle.driver === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase<never>, { migrationsFolder });
  } else {
    // Instances that start together would race to apply the same migration: the first takes this lock
    // (held by a transaction on one pooled connection while the migrator uses another), the rest wait
    // and then find nothing left to apply.
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jeton.migrations'))`);
      await migratePostgres(handle.db, { migrationsFolder });
    });
  }
}
