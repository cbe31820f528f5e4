import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPlatformConfig, type PlatformConfig } from "@jeton/config";

/** The monorepo root: relative paths (the embedded data folder) resolve from here, wherever the CLI is run. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** Written by `npm start` on first run: development secrets, so the CLI and the platform share one vault. */
export const devEnvFile = path.join(repoRoot, ".data", "jeton.env");

/** The one place the CLI reads `process.env`; values already set win over the file. */
export function getConfig(): PlatformConfig {
  if (existsSync(devEnvFile)) process.loadEnvFile(devEnvFile);
  return loadPlatformConfig(process.env, repoRoot);
}
