// Bundles src/index.ts into dist/token.js (the script merchants load) and
// writes dist/manifest.json with the SRI hash merchants pin in integrity="".
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const packageDir = dirname(fileURLToPath(import.meta.url));

/** Merchants load token.js on every checkout; keep it small enough for slow mobile networks. */
export const GZIP_LIMIT_BYTES = 10 * 1024;

/**
 * Builds token.js and its manifest into `outdir` (default dist/).
 * @param {{ outdir?: string }} [options]
 */
export async function build({ outdir = join(packageDir, "dist") } = {}) {
  const { version } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));
  const result = await esbuild.build({
    entryPoints: [join(packageDir, "src/index.ts")],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2019",
    platform: "browser",
    write: false,
    outfile: join(outdir, "token.js"),
    define: { __JETON_VERSION__: JSON.stringify(version), "process.env.NODE_ENV": '"production"' },
    // token.js never logs: a stray console call in a dependency must not print card data.
    drop: ["console", "debugger"],
    logLevel: "warning",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no output");
  // Hash the exact bytes written: SRI fails on any difference, even a newline.
  const bytes = output.contents;
  const manifest = {
    file: "token.js",
    sri: `sha384-${createHash("sha384").update(bytes).digest("base64")}`,
    bytes: bytes.byteLength,
    gzipBytes: gzipSync(bytes, { level: 9 }).byteLength,
    version,
  };
  await mkdir(outdir, { recursive: true });
  await writeFile(join(outdir, "token.js"), bytes);
  await writeFile(join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function main() {
  const checkSize = process.argv.includes("--check-size");
  const manifest = await build();
  const over = manifest.gzipBytes > GZIP_LIMIT_BYTES;
  const line = `token.js ${manifest.version}: ${manifest.bytes} bytes, ${manifest.gzipBytes} bytes gzip (limit ${GZIP_LIMIT_BYTES})`;
  console.log(line);
  if (checkSize && over) {
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
