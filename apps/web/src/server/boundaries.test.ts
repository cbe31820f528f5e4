import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const serverDir = fileURLToPath(new URL(".", import.meta.url));

describe("src/server", () => {
  it("never imports from src/app (the app depends on the server layer, not the reverse)", () => {
    const files = readdirSync(serverDir, { recursive: true, encoding: "utf8" }).filter((file) => /\.(ts|tsx)$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((file) => {
      const source = readFileSync(path.join(serverDir, file), "utf8");
      return /from\s+["'](@\/app\/|(\.\.\/)+app\/)/.test(source) || /import\(\s*["']@\/app\//.test(source);
    });
    expect(offenders).toEqual([]);
  });
});
