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
    await migratePostgres(handle.db, { migrationsFolder });
  }
}
