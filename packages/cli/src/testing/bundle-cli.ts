import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

/**
 * The CLI's source bundled into one ES module, for tests that run many commands.
 *
 * bin/jeton.mjs runs the TypeScript through tsx, which costs about 1.5 s of CPU per process before the
 * command starts; the integration test starts some forty of them. The bundle is the same source with the
 * workspace packages inlined and every npm package left to node_modules (its output sits in packages/cli so
 * that they resolve). Each source file keeps its own import.meta.url, so paths found from it (the migrations
 * folder, the repository root) are the same as from source. One test still runs bin/jeton.mjs itself.
 */
export async function bundleCli(): Promise<string> {
  const outDir = fileURLToPath(new URL("../../node_modules/.cache/jeton-cli/", import.meta.url));
  mkdirSync(outDir, { recursive: true });
  const outfile = `${outDir}jeton-${process.pid}.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL("../main.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "warning",
    // CommonJS packages reached through a deep import (card-validator/dist/…) are inlined and still call require.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    plugins: [
      {
        name: "own-import-meta-url",
        setup(builder) {
          builder.onLoad({ filter: /\/(packages|apps)\/[^/]+\/src\/.*\.ts$/ }, async ({ path }) => ({
            contents: (await readFile(path, "utf8")).replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href)),
            loader: "ts",
          }));
        },
      },
      {
        name: "npm-packages-external",
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, ({ path }) => {
            if (path.startsWith("@jeton/")) return undefined;
            // A package's own entry point stays external; deep imports without an extension are inlined,
            // because Node's ES module resolution would not find them.
            const entryPoint = path.startsWith("@") ? path.split("/").length <= 2 : !path.includes("/");
            return entryPoint ? { path, external: true } : undefined;
          });
        },
      },
    ],
  });
  return outfile;
}
