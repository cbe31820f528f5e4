// Bundles src/index.ts into dist/token.js (the script merchants load) and
// writes dist/manifest.json with the SRI hash merchants pin in integrity="".
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { fieldPageTypes, renderFieldPage } from "./fields-page.mjs";

const packageDir = dirname(fileURLToPath(import.meta.url));

/** Merchants load token.js on every checkout; keep it small enough for slow mobile networks (Fields included). */
export const GZIP_LIMIT_BYTES = 12 * 1024;
/** Each Fields frame page, with all it loads (its HTML and field.js). */
export const FIELD_PAGE_GZIP_LIMIT_BYTES = 8 * 1024;
/**
 * The number page tokenizes, so it also answers the card-testing defence's proof-of-work challenge
 * (solver and retry, about 260 bytes gzip): half a KiB more than the other pages.
 */
export const NUMBER_FIELD_PAGE_GZIP_LIMIT_BYTES = 8.5 * 1024;
/** @param {string} type */
export const fieldPageLimit = (type) => (type === "number" ? NUMBER_FIELD_PAGE_GZIP_LIMIT_BYTES : FIELD_PAGE_GZIP_LIMIT_BYTES);

const gzipSize = (/** @type {Uint8Array | string} */ bytes) => gzipSync(bytes, { level: 9 }).byteLength;
const sri = (/** @type {Uint8Array} */ bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/** @param {string} entry @param {string} version @param {string} target @param {Record<string, string>} [define] */
async function bundle(entry, version, target, define = {}) {
  const result = await esbuild.build({
    entryPoints: [join(packageDir, entry)],
    bundle: true,
    format: "iife",
    minify: true,
    target,
    platform: "browser",
    write: false,
    outdir: "out",
    define: { __JETON_VERSION__: JSON.stringify(version), "process.env.NODE_ENV": '"production"', ...define },
    // No stray console call (a dependency's, say) may print anything: only the
    // deliberate console.error of integration mistakes (Fields) is kept.
    drop: ["debugger"],
    pure: ["console.log", "console.info", "console.debug", "console.warn", "console.trace", "console.dir", "console.table"],
    logLevel: "warning",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no output");
  return output.contents;
}

/**
 * Builds token.js, the Fields frame scripts (field-<type>.js) and their manifest into
 * `outdir` (default dist/).
 * @param {{ outdir?: string }} [options]
 */
export async function build({ outdir = join(packageDir, "dist") } = {}) {
  const { version } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
  // Hash the exact bytes written: SRI fails on any difference, even a newline.
  const bytes = await bundle("src/index.ts", version, "es2019");
  // One script per field page: the number page alone tokenizes, only the
  // expiry page formats dates… The frames need iframes, ResizeObserver and
  // FontFace anyway, so no older syntax is carried.
  // The page carries one locale's card messages (the platform renders them): the longer, French.
  const messagesModule = await esbuild.build({ entryPoints: [join(packageDir, "../core/src/cards/card-error-messages.ts")], format: "esm", write: false });
  const { cardMessages } = await import(`data:text/javascript;base64,${Buffer.from(messagesModule.outputFiles[0]?.text ?? "").toString("base64")}`);
  /** @type {Record<string, { file: string, sri: string, bytes: number, gzipBytes: number, pageGzipBytes: number }>} */
  const fields = {};
  /** @type {Record<string, Uint8Array>} */
  const fieldScripts = {};
  for (const type of fieldPageTypes) {
    const script = await bundle("src/fields/frame.ts", version, "es2020", { __FIELD_TYPE__: JSON.stringify(type) });
    const file = `field-${type}.js`;
    // The page as the platform serves it, with a realistic nonce and origin list.
    const page = renderFieldPage({
      type,
      nonce: "x".repeat(24),
      origins: ["https://shop.example.com", "https://www.shop.example.com"],
      messages: cardMessages.fr,
      scriptSrc: `/v1/fields/${file}`,
    });
    fieldScripts[file] = script;
    fields[type] = { file, sri: sri(script), bytes: script.byteLength, gzipBytes: gzipSize(script), pageGzipBytes: gzipSize(page) + gzipSize(script) };
  }
  const manifest = {
    file: "token.js",
    sri: sri(bytes),
    bytes: bytes.byteLength,
    gzipBytes: gzipSize(bytes),
    version,
    fields,
  };
  await mkdir(outdir, { recursive: true });
  await writeFile(join(outdir, "token.js"), bytes);
  for (const [file, script] of Object.entries(fieldScripts)) await writeFile(join(outdir, file), script);
  await writeFile(join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function main() {
  const checkSize = process.argv.includes("--check-size");
  const manifest = await build();
  console.log(`token.js ${manifest.version}: ${manifest.bytes} bytes, ${manifest.gzipBytes} bytes gzip (limit ${GZIP_LIMIT_BYTES})`);
  for (const [type, field] of Object.entries(manifest.fields)) {
    console.log(`Fields ${type} page: ${field.pageGzipBytes} bytes gzip with ${field.file} (limit ${fieldPageLimit(type)})`);
    if (checkSize && field.pageGzipBytes > fieldPageLimit(type)) {
      console.error(`The Fields ${type} page is over the gzip size limit by ${field.pageGzipBytes - fieldPageLimit(type)} bytes`);
      process.exitCode = 1;
    }
  }
  if (checkSize && manifest.gzipBytes > GZIP_LIMIT_BYTES) {
    console.error(`token.js is over the gzip size limit by ${manifest.gzipBytes - GZIP_LIMIT_BYTES} bytes`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
