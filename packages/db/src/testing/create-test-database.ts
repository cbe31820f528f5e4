import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { createDatabase, type DatabaseHandle } from "../create-database";
import { migrateDatabase } from "../migrate-database";
import { migrationsFolder } from "../migrations-folder";

/**
 * Set by the test run's global setup (prepareTestDatabaseTemplate), read by
 * each test file: migrations run once per run, and each file starts from a copy.
 */
const TEMPLATE_DATABASE = "JETON_TEST_TEMPLATE_DATABASE";
const TEMPLATE_DATA_DIR = "JETON_TEST_TEMPLATE_DATA_DIR";

/**
 * A fresh, migrated database for one test file: a new database on the server
 * named by DATABASE_URL when it is set (dropped on close), otherwise an
 * in-memory PGlite. When the run prepared a migrated template, the database
 * is a copy of it (`CREATE DATABASE … TEMPLATE`, PGlite `loadDataDir`)
 * instead of being migrated again.
 */
export async function createTestDatabase(databaseUrl = process.env.DATABASE_URL): Promise<DatabaseHandle & { url?: string }> {
  if (!databaseUrl) {
    const image = process.env[TEMPLATE_DATA_DIR];
    if (image) return createDatabase({ memory: true, loadDataDir: new Blob([await readFile(image)]) });
    const handle = createDatabase({ memory: true });
    await migrateDatabase(handle, migrationsFolder);
    return handle;
  }
  const name = `jeton_test_${randomBytes(6).toString("hex")}`;
  const template = process.env[TEMPLATE_DATABASE];
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const url = withDatabase(databaseUrl, name);
  const handle = createDatabase({ url, maxConnections: 25 });
  if (!template) await migrateDatabase(handle, migrationsFolder);
  return {
    ...handle,
    /** For another process (a CLI under test) to open the same database. */
    url,
    async close() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrates one template for a whole test run and names it in the environment
 * the test workers inherit: a database on the server when DATABASE_URL is set
 * (nobody may stay connected to it, or copies fail), otherwise a PGlite data
 * folder tarball written to `imagePath`. Returns the clean-up.
 */
export async function prepareTestDatabaseTemplate(imagePath: string, databaseUrl = process.env.DATABASE_URL): Promise<() => Promise<void>> {
  if (!databaseUrl) {
    const handle = createDatabase({ memory: true });
    await migrateDatabase(handle, migrationsFolder);
    const image = await handle.dumpDataDir!();
    await handle.close();
    const { writeFile, rm } = await import("node:fs/promises");
    await writeFile(imagePath, Buffer.from(await image.arrayBuffer()));
    process.env[TEMPLATE_DATA_DIR] = imagePath;
    return () => rm(imagePath, { force: true });
  }
  const name = `jeton_template_${randomBytes(6).toString("hex")}`;
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const handle = createDatabase({ url: withDatabase(databaseUrl, name), maxConnections: 2 }); // migrateDatabase holds its lock on one connection and migrates on another
  await migrateDatabase(handle, migrationsFolder);
  await handle.close();
  process.env[TEMPLATE_DATABASE] = name;
  return async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  };
}
