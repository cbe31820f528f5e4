import { fileURLToPath } from "node:url";
import { loadPlatformConfig, withDevEnvFile, type PlatformConfig } from "@jeton/config";

/** The monorepo root: relative paths (the embedded data folder) resolve from here, wherever the CLI is run. */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * The one place the CLI reads `process.env`. `npm start`'s development secrets
 * (`.data/jeton.env`) are added only when JETON_DEV_ENV_FILE names the file;
 * values already set win over it.
 */
export function getConfig(): PlatformConfig {
  return loadPlatformConfig(withDevEnvFile(process.env, repoRoot), repoRoot);
}
