import path from "node:path";
import { loadPlatformConfig, withDevEnvFile, type PlatformConfig } from "@jeton/config";

let cached: PlatformConfig | undefined;

/** `next start` runs in apps/web; relative paths in configuration resolve from the monorepo root. */
const repoRoot = path.resolve(process.cwd(), "../..");

/**
 * The one place the web app reads `process.env`. Validated on first use (at
 * server start, from instrumentation), not at build time, so that an image can
 * be built without production secrets. `.data/jeton.env` holds the secrets
 * `npm start` generated for a laptop: it is read only when JETON_DEV_ENV_FILE
 * (set by npm start) names it, and variables already set win over it.
 */
export function getConfig(): PlatformConfig {
  cached ??= loadPlatformConfig(withDevEnvFile(process.env, repoRoot), repoRoot);
  return cached;
}
