import { loadPlatformConfig, type PlatformConfig } from "@jeton/config";

let cached: PlatformConfig | undefined;

/**
 * The one place the web app reads `process.env`. Validated on first use (at
 * server start, from instrumentation), not at build time, so that an image can
 * be built without production secrets.
 */
export function getConfig(): PlatformConfig {
  cached ??= loadPlatformConfig(process.env);
  return cached;
}
