import { availableParallelism } from "node:os";
import path from "node:path";
import { loadPlatformConfig, withDevEnvFile, type PlatformConfig } from "@jeton/config";
import { z } from "zod";

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

export interface ServeConfig {
  port: number;
  /** Worker processes of one instance (JETON_WORKERS; default: the available parallelism). */
  workers: number;
  /** How long in-flight requests may run on after SIGTERM (JETON_SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  /** false sends every path through Next (JETON_SERVE_DIRECT=false): for comparing both paths, or to rule ours out. */
  direct: boolean;
}

const serveEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  JETON_WORKERS: z.coerce.number().int().positive().optional(),
  JETON_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().nonnegative().default(10_000),
  JETON_SERVE_DIRECT: z.enum(["true", "false"]).default("true"),
});

/** The platform server's own settings (src/serve); the platform's are getConfig(). */
export function getServeConfig(): ServeConfig {
  const parsed = serveEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n")}`);
  }
  const env = parsed.data;
  return { port: env.PORT, workers: env.JETON_WORKERS ?? availableParallelism(), shutdownTimeoutMs: env.JETON_SHUTDOWN_TIMEOUT_MS, direct: env.JETON_SERVE_DIRECT === "true" };
}

/** The platform server always runs a production build; Next and the config (secure cookies) read NODE_ENV. */
export function useProductionNodeEnv(): void {
  (process.env as Record<string, string>).NODE_ENV ??= "production";
}
