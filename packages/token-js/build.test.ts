import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { build, FIELD_PAGE_GZIP_LIMIT_BYTES, GZIP_LIMIT_BYTES, NUMBER_FIELD_PAGE_GZIP_LIMIT_BYTES } from "./build.mjs";
import { fieldPageTypes } from "./fields-page.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "dist");

describe("token.js bundle", () => {
  it("builds under the size budget, with a manifest that matches the bytes", async () => {
    const manifest = await build();
    const bytes = await readFile(join(dist, "token.js"));
    const written = JSON.parse(await readFile(join(dist, "manifest.json"), "utf8"));
    const { version } = JSON.parse(await readFile(join(dirname(dist), "package.json"), "utf8"));

    expect(written).toEqual(manifest);
    // With Fields: at most 12 KB for token.js, 8 KB for each field page with all it loads, 8.5 KB for the
    // number page (it tokenizes, so it also solves the card-testing proof-of-work challenge).
    expect(GZIP_LIMIT_BYTES).toBe(12 * 1024);
    expect(manifest.gzipBytes).toBeLessThanOrEqual(12 * 1024);
    expect(FIELD_PAGE_GZIP_LIMIT_BYTES).toBe(8 * 1024);
    expect(NUMBER_FIELD_PAGE_GZIP_LIMIT_BYTES).toBe(8.5 * 1024);
    expect(Object.keys(manifest.fields)).toEqual(fieldPageTypes);
    for (const [type, field] of Object.entries(manifest.fields)) {
      const script = await readFile(join(dist, field.file));
      expect(field.gzipBytes).toBe(gzipSync(script, { level: 9 }).byteLength);
      expect(field.pageGzipBytes).toBeGreaterThan(field.gzipBytes);
      expect(field.pageGzipBytes).toBeLessThanOrEqual(type === "number" ? 8.5 * 1024 : 8 * 1024);
      expect(field.sri).toBe(`sha384-${createHash("sha384").update(script).digest("base64")}`);
      expect(script.toString("utf8")).not.toContain("process.env");
      // Each page's own bundle: only the number page tokenizes.
      expect(script.toString("utf8").includes("/api/v1/card-tokens")).toBe(field.file === "field-number.js");
    }
    expect(manifest.gzipBytes).toBe(gzipSync(bytes, { level: 9 }).byteLength);
    expect(manifest).toMatchObject({ file: "token.js", bytes: bytes.byteLength, version });
    expect(manifest.sri).toBe(`sha384-${createHash("sha384").update(bytes).digest("base64")}`);

    const source = bytes.toString("utf8");
    expect(source).not.toContain("process.env");
    expect(source).not.toContain("drizzle");
    expect(source).not.toContain("node:crypto");
    // The one console call: Fields' integration errors (Jeton.fields never holds card data).
    expect(source.match(/\bconsole\.\w+/g)).toEqual(["console.error"]);
    expect(source).toContain("window.Jeton");
  }, 30_000);
});
