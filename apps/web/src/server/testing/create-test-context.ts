import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { loadPlatformConfig } from "@jeton/config";
import { createAcquirerRegistry, createRecordingEmailTransport, createRecordingSmsProvider, createVault, platformUrls, type Acquirer } from "@jeton/core";
import { createTestPlatform, type TestPlatform } from "@jeton/core/testing";
import { testWebhookNetwork } from "@jeton/core/testing/table-resolver";
import type { DatabaseHandle } from "@jeton/db";
import pino from "pino";
import type { AppContext } from "../context";
import { errorResponse } from "../http/error-response";

export interface TestContext extends AppContext {
  handle: DatabaseHandle;
  clock: TestPlatform["clock"];
  /** The platform's test merchants (createTestPlatform): "Shop A" (https://shop-a.example), "Shop B", … */
  merchants: TestPlatform["merchants"];
  /** Everything the handlers logged, as text. */
  logs(): string;
  /** Awaits a handler the way the route does: a thrown error becomes its envelope response. */
  respond(pending: Promise<Response>): Promise<Response>;
}

/**
 * A real database (DATABASE_URL or PGlite), real vault and config, a
 * controllable clock, captured logs, and `merchants` test merchants (none
 * unless asked) from core's createTestPlatform.
 * Live mode is off, as the platform ships; `liveAcquirer` puts a stand-in for a real live connector
 * (e.g. a simulator) under `live`, for tests about live data.
 */
export async function createTestContext(env: Record<string, string> = {}, { merchants = 0, liveAcquirer }: { merchants?: number; liveAcquirer?: Acquirer } = {}): Promise<TestContext> {
  const config = loadPlatformConfig({
    JETON_VAULT_KEKS: `test1:${randomBytes(32).toString("base64")}`,
    JETON_FINGERPRINT_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: "info",
    // Tests reuse the SPEC test cards and addresses freely: the card-testing thresholds are out of their way
    // unless a test sets its own (card-testing.integration.test.ts does).
    ...Object.fromEntries(
      ["IP", "CARD", "PAYMENT_REQUEST", "MERCHANT"].flatMap((dimension) => [
        [`JETON_CARD_TESTING_CHALLENGE_PER_${dimension}`, "100000"],
        [`JETON_CARD_TESTING_BLOCK_PER_${dimension}`, "100000"],
      ]),
    ),
    ...env,
  });
  const platform = await createTestPlatform({ merchants, vault: createVault(config.vault) });
  let logText = "";
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      logText += chunk.toString();
      callback();
    },
  });
  const context: TestContext = {
    ...platform,
    respond: undefined as never,
    logger: pino({ level: "info" }, sink),
    config,
    acquirers: liveAcquirer ? { ...createAcquirerRegistry(config), live: liveAcquirer } : createAcquirerRegistry(config),
    urls: platformUrls(config.publicUrl),
    // No real DNS in tests: made-up host names resolve to a public address, localhost to loopback.
    webhookNetwork: testWebhookNetwork(config.webhooks.allowPrivateNetworks),
    // Tests that send for real start their own SMTP server and pass transports to deliverDueMessages.
    messageTransports: { email: createRecordingEmailTransport(), sms: createRecordingSmsProvider() },
    logs: () => logText,
  };
  context.respond = (pending) => pending.catch((error: unknown) => errorResponse(error, context.logger));
  return context;
}
