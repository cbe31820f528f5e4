import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDatabase, type DatabaseHandle } from "../create-database";
import { migrateDatabase } from "../migrate-database";
import { migrationsFolder } from "../migrations-folder";

/**
 * A fresh, migrated database for one test file: a new database on the server
 * named by DATABASE_URL when it is set (dropped on close), otherwise an
 * in-memory PGlite.
 */
export async function createTestDatabase(databaseUrl = process.env.DATABASE_URL): Promise<DatabaseHandle> {
  if (!databaseUrl) {
    const handle = createDatabase({ memory: true });
    await migrateDatabase(handle, migrationsFolder);
    return handle;
  }
  const name = `jeton_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const handle = createDatabase({ url: url.toString(), maxConnections: 25 });
  await migrateDatabase(handle, migrationsFolder);
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
