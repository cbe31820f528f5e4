import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// `npm run typecheck` (and `npm test`) checks every workspace in one TypeScript program,
// tsconfig.typecheck.json, so that core, db and config, which every workspace imports as source, are
// checked once rather than once per workspace. Each workspace keeps its own tsconfig.json (editors,
// `turbo run typecheck`); this test keeps the two in step: a file a workspace checks and the one
// program does not would go unchecked in CI.

const root = fileURLToPath(new URL("../", import.meta.url));

/** The source files a tsconfig selects (include/exclude/files, no type check; node_modules left out). */
function sourceFiles(configPath: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  return parsed.fileNames.filter((file) => !file.includes("/node_modules/")).map((file) => path.relative(root, file));
}

/** Every workspace folder with a tsconfig.json (root package.json's workspaces: apps/*, packages/*, e2e). */
function workspaceConfigs(): string[] {
  const folders = ["e2e", ...["apps", "packages"].flatMap((parent) => readdirSync(path.join(root, parent)).map((name) => `${parent}/${name}`))];
  return folders.map((folder) => path.join(root, folder, "tsconfig.json")).filter((file) => existsSync(file));
}

describe("the one type-check program", () => {
  const program = new Set(sourceFiles(path.join(root, "tsconfig.typecheck.json")));

  it("includes every file that a workspace's own tsconfig.json checks", () => {
    const configs = workspaceConfigs();
    expect(configs.length).toBeGreaterThanOrEqual(9);
    const missing = configs.flatMap((config) => sourceFiles(config).filter((file) => !program.has(file)));
    expect(missing).toEqual([]);
  });

  it("leaves out what apps/web leaves out (its tests, checked by vitest only)", () => {
    expect([...program].filter((file) => /^apps\/web\/src\/.*\.test\.ts$/.test(file))).toEqual([]);
    expect(program.has("apps/web/src/app/api/v1/card-tokens/route.ts")).toBe(true);
  });
});
