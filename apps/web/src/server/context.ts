import path from "node:path";
import { createAcquirerRegistry, createVault, type MessageTransports, platformUrls, systemClock, type AcquirerRegistry, type Clock, type PlatformUrls, type Vault, type WebhookNetwork } from "@jeton/core";
import type { PlatformConfig } from "@jeton/config";
import { createDatabase, migrateDatabase, type Database, type DatabaseHandle } from "@jeton/db";
import type { Logger } from "pino";
import { getConfig } from "@/env";
import { createLogger } from "./logger";
import { createMessageTransports } from "./messaging/create-message-transports";

/** Everything a request handler needs, passed explicitly (tests build their own). */
export interface AppContext {
  db: Database;
  /**
   * The same PostgreSQL database through a pool of its own, committing asynchronously
   * (JETON_TOKENIZE_SYNCHRONOUS_COMMIT=off, the default): the tokenization endpoint's statement and
   * the risk engine's velocity counters (outside the payment's transaction) use it. Absent when there
   * is no such pool (embedded PGlite, synchronous commit, tests): `db`, and the counters go in the
   * payment's transaction — never this pool from inside a transaction on a single connection.
   */
  asyncCommitDb?: Database;
  vault: Vault;
  clock: Clock;
  logger: Logger;
  config: PlatformConfig;
  /**
   * The acquirer of each mode: the simulator (SPEC §5) for test, the JETON_LIVE_ACQUIRER connector for
   * live. Without one, live mode is off (`live_mode_unavailable`).
   */
  acquirers: AcquirerRegistry;
  /** The platform's own addresses (links, 3-D Secure), built once from JETON_PUBLIC_URL. */
  urls: PlatformUrls;
  /** Which addresses webhook receivers may have (checked at registration and at every delivery). */
  webhookNetwork: WebhookNetwork;
  /** Email (SMTP) and SMS, used by the message outbox's worker. */
  messageTransports: MessageTransports;
}

interface Runtime {
  handle: DatabaseHandle;
  context: AppContext;
  ready: Promise<void>;
}

// Next.js may load this module in more than one bundle (instrumentation, routes);
// the runtime lives on globalThis so there is one database pool per process.
const globalKey = Symbol.for("jeton.web.runtime");
type GlobalWithRuntime = typeof globalThis & { [globalKey]?: Runtime };

export function migrationsFolder(): string {
  // `next start` runs in apps/web; the committed migrations live in packages/db.
  return path.resolve(process.cwd(), "../../packages/db/migrations");
}

function createRuntime(): Runtime {
  const config = getConfig();
  const handle = createDatabase(config.database);
  const logger = createLogger(config.logLevel);
  const context: AppContext = {
    db: handle.db,
    ...(handle.asyncCommitDb !== handle.db ? { asyncCommitDb: handle.asyncCommitDb } : {}),
    vault: createVault(config.vault),
    clock: systemClock,
    logger,
    config,
    acquirers: createAcquirerRegistry(config),
    urls: platformUrls(config.publicUrl),
    webhookNetwork: { allowPrivateNetworks: config.webhooks.allowPrivateNetworks },
    messageTransports: createMessageTransports(config.messaging, logger),
  };
  const ready = migrateDatabase(handle, migrationsFolder()).then(() => {
    logger.info({ driver: handle.driver }, "database migrated");
  });
  return { handle, context, ready };
}

export function getRuntime(): Runtime {
  const g = globalThis as GlobalWithRuntime;
  g[globalKey] ??= createRuntime();
  return g[globalKey];
}

/** The context, once migrations have run. */
export async function getContext(): Promise<AppContext> {
  const runtime = getRuntime();
  await runtime.ready;
  return runtime.context;
}
