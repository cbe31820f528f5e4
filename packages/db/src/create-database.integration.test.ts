import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase } from "./create-database";
import { migrateDatabase } from "./migrate-database";
import { migrationsFolder } from "./migrations-folder";
import { merchants } from "./schema";

const dir = mkdtempSync(path.join(tmpdir(), "jeton-pglite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded database", () => {
  it("keeps its data across a restart", async () => {
    const dataDir = path.join(dir, "kept");
    const first = createDatabase({ dataDir });
    await migrateDatabase(first, migrationsFolder);
    await first.db.insert(merchants).values({ id: "mer_persisted0000000000", name: "Kept" });
    await first.close();

    const second = createDatabase({ dataDir });
    await migrateDatabase(second, migrationsFolder);
    const rows = await second.query<{ name: string }>("SELECT name FROM merchants");
    expect(rows.map((r) => r.name)).toEqual(["Kept"]);
    await second.close();
  });

  it("refuses a data folder held by another live process, and takes over a stale lock", async () => {
    const dataDir = path.join(dir, "locked");
    const other = spawn("sleep", ["30"]);
    try {
      writeFileSync(`${dataDir}.lock`, String(other.pid));
      expect(() => createDatabase({ dataDir })).toThrow(/in use by process/);
    } finally {
      other.kill();
    }
    await new Promise((resolve) => other.once("exit", resolve));
    const handle = createDatabase({ dataDir });
    await migrateDatabase(handle, migrationsFolder);
    await handle.close();
  });
});

describe.runIf(process.env.DATABASE_URL)("PostgreSQL", () => {
  it("prepares drizzle's statements (one round trip each once prepared), in transactions too", async () => {
    const { createTestDatabase } = await import("./testing/create-test-database");
    const { eq, sql } = await import("drizzle-orm");
    const test = await createTestDatabase();
    // One connection, so the statements listed are the ones this test sent.
    const handle = createDatabase({ url: test.url!, maxConnections: 1 });
    try {
      const find = () => handle.db.select({ name: merchants.name }).from(merchants).where(eq(merchants.id, "mer_none"));
      expect(await find()).toEqual([]);
      expect(await find()).toEqual([]);
      await handle.db.transaction(async (tx) => {
        await tx.insert(merchants).values({ id: "mer_prepared0000000000", name: "In a transaction" });
        await tx.transaction(async (nested) => nested.update(merchants).set({ name: "Nested" }).where(eq(merchants.id, "mer_prepared0000000000")));
      });
      const prepared = await handle.db.execute<{ statement: string }>(sql`select statement from pg_prepared_statements`);
      const statements = [...prepared].map((row) => row.statement);
      expect(statements.filter((s) => /^select "name" from "merchants"/.test(s))).toHaveLength(1);
      expect(statements.some((s) => s.startsWith('insert into "merchants"'))).toBe(true);
      expect(statements.some((s) => s.startsWith('update "merchants"'))).toBe(true);
      expect(await handle.query<{ name: string }>("select name from merchants")).toEqual([{ name: "Nested" }]);
    } finally {
      await handle.close();
      await test.close();
    }
  });
});
