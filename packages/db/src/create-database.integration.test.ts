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
