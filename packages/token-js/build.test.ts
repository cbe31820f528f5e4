import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { build, GZIP_LIMIT_BYTES } from "./build.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "dist");

describe("token.js bundle", () => {
  it("builds under the size budget, with a manifest that matches the bytes", async () => {
    const manifest = await build();
    const bytes = await readFile(join(dist, "token.js"));
    const written = JSON.parse(await readFile(join(dist, "manifest.json"), "utf8"));
    const { version } = JSON.parse(await readFile(join(dirname(dist), "package.json"), "utf8"));

    expect(written).toEqual(manifest);
    expect(GZIP_LIMIT_BYTES).toBe(10240);
    expect(manifest.gzipBytes).toBeLessThanOrEqual(10240);
    expect(manifest.gzipBytes).toBe(gzipSync(bytes, { level: 9 }).byteLength);
    expect(manifest).toMatchObject({ file: "token.js", bytes: bytes.byteLength, version });
    expect(manifest.sri).toBe(`sha384-${createHash("sha384").update(bytes).digest("base64")}`);

    const source = bytes.toString("utf8");
    expect(source).not.toContain("process.env");
    expect(source).not.toContain("drizzle");
    expect(source).not.toContain("node:crypto");
    expect(source).not.toMatch(/\bconsole\./);
    expect(source).toContain("window.Jeton");
  }, 30_000);
});
