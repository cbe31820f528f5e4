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

describe("runStatement", () => {
  // On the suite's database (PostgreSQL with DATABASE_URL, else embedded PGlite): inside a
  // transaction it runs on the transaction's connection, so it sees its writes and rolls back with it.
  it("runs on the database and inside a transaction, with the transaction's writes and its rollback", async () => {
    const { createTestDatabase } = await import("./testing/create-test-database");
    const { runStatement } = await import("./run-statement");
    const test = await createTestDatabase();
    const names = (db: Parameters<typeof runStatement>[0]) => runStatement<{ name: string }>(db, "select name from merchants where id = $1", ["mer_statement000000000"]);
    try {
      await expect(
        test.db.transaction(async (tx) => {
          await tx.insert(merchants).values({ id: "mer_statement000000000", name: "Uncommitted" });
          expect(await names(tx)).toEqual([{ name: "Uncommitted" }]);
          throw new Error("roll back");
        }),
      ).rejects.toThrow("roll back");
      expect(await names(test.db)).toEqual([]);
    } finally {
      await test.close();
    }
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

  it("gives asyncCommitDb connections that commit asynchronously, and leaves db's synchronous", async () => {
    const { createTestDatabase } = await import("./testing/create-test-database");
    const { runStatement } = await import("./run-statement");
    const test = await createTestDatabase();
    const relaxed = createDatabase({ url: test.url!, maxConnections: 2, asyncCommit: true });
    const strict = createDatabase({ url: test.url!, maxConnections: 2, asyncCommit: false });
    const setting = async (db: typeof relaxed.db) => (await runStatement<{ synchronous_commit: string }>(db, "show synchronous_commit", []))[0]?.synchronous_commit;
    try {
      expect(relaxed.asyncCommitDb).not.toBe(relaxed.db);
      expect(await setting(relaxed.asyncCommitDb)).toBe("off");
      expect(await setting(relaxed.db)).toBe("on");
      // JETON_TOKENIZE_SYNCHRONOUS_COMMIT=on: no second pool, every commit waits.
      expect(strict.asyncCommitDb).toBe(strict.db);
      expect(await setting(strict.asyncCommitDb)).toBe("on");
      // runStatement's parameters, cast in the text, on the prepared path.
      expect(await runStatement(relaxed.asyncCommitDb, "select $1::int + 1 as n, $2::text as t", [41, null])).toEqual([{ n: 42, t: null }]);
    } finally {
      await relaxed.close();
      await strict.close();
      await test.close();
    }
  });
});
