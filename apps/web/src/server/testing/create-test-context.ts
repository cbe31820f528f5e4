import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { loadPlatformConfig } from "@jeton/config";
import { createSimulatedAcquirer, createVault, fixedClock } from "@jeton/core";
import { testWebhookNetwork } from "@jeton/core/testing/table-resolver";
import type { DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import pino from "pino";
import type { AppContext } from "../context";
import { errorResponse } from "../http/error-response";

export interface TestContext extends AppContext {
  handle: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  /** Everything the handlers logged, as text. */
  logs(): string;
  /** Awaits a handler the way the route does: a thrown error becomes its envelope response. */
  respond(pending: Promise<Response>): Promise<Response>;
}

/** A real database (DATABASE_URL or PGlite), real vault and config, a controllable clock and captured logs. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const handle = await createTestDatabase();
  const config = loadPlatformConfig({
    JETON_VAULT_KEKS: `test1:${randomBytes(32).toString("base64")}`,
    JETON_FINGERPRINT_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: "info",
    ...env,
  });
  let logText = "";
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logText += chunk.toString();
      callback();
    },
  });
  const context: TestContext = {
    respond: undefined as never,
    handle,
    db: handle.db,
    vault: createVault(config.vault),
    clock: fixedClock(new Date()),
    logger: pino({ level: "info" }, sink),
    config,
    acquirer: createSimulatedAcquirer(),
    // No real DNS in tests: made-up host names resolve to a public address, localhost to loopback.
    webhookNetwork: testWebhookNetwork(config.webhooks.allowPrivateNetworks),
    logs: () => logText,
  };
  context.respond = (pending) => pending.catch((error: unknown) => errorResponse(error, context.logger));
  return context;
}
