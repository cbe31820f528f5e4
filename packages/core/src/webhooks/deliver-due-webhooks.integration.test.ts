import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, migrateDatabase, schema, type DatabaseHandle } from "@jeton/db";
import { migrationsFolder } from "@jeton/db/migrations-folder";
import { asc, eq } from "drizzle-orm";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { createMerchant } from "../merchants/create-merchant";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { tableResolver, TEST_PUBLIC_ADDRESS } from "../testing/table-resolver";
import { createVault, type VaultConfig } from "../vault/create-vault";
import type { WebhookNetwork } from "./check-webhook-target";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { deliverDueWebhooks, WEBHOOK_MAX_ATTEMPTS, WEBHOOK_RETRY_DELAYS_MS, type WebhookLogger } from "./deliver-due-webhooks";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { redeliverEvent } from "./redeliver-event";
import { startWebhookWorker } from "./start-webhook-worker";

interface Hit {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
interface Answer {
  status: number;
  body?: string;
  delayMs?: number;
}

/** A merchant's webhook receiver on a random local port; answers as told, counts what it gets. */
async function startReceiver() {
  const hits: Hit[] = [];
  let answer: (hit: Hit, index: number) => Answer = () => ({ status: 200, body: "ok" });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const hit = { url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      hits.push(hit);
      const reply = answer(hit, hits.length - 1);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { "content-type": "text/plain" });
        res.end(reply.body ?? "");
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    hits,
    answer(fn: (hit: Hit, index: number) => Answer) {
      answer = fn;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const vaultConfig: VaultConfig = { keks: { k1: randomBytes(32) }, activeKekId: "k1", fingerprintKey: randomBytes(32) };
const vault = createVault(vaultConfig);
let handle: DatabaseHandle;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let clock: ReturnType<typeof fixedClock>;
let merchantId: string;
let otherMerchantId: string;

// The receivers listen on 127.0.0.1: these tests run as local development does (test mode, private networks allowed).
const localNetwork: WebhookNetwork = { allowPrivateNetworks: true, resolve: tableResolver().resolve };
const deps = () => ({ db: handle.db, vault, clock, webhookNetwork: localNetwork });

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId }, { merchantId: otherMerchantId }] = merchants;
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await handle?.close();
});
beforeEach(async () => {
  clock = fixedClock(new Date());
  receiver.hits.length = 0;
  receiver.answer(() => ({ status: 200, body: "ok" }));
  await handle.db.delete(schema.webhookAttempts);
  await handle.db.delete(schema.webhookDeliveries);
  await handle.db.delete(schema.events);
  await handle.db.delete(schema.webhookEndpoints);
});

async function endpoint(options: { url?: string; eventTypes?: string[]; merchant?: string } = {}) {
  return createWebhookEndpoint(
    { db: handle.db, vault, clock, webhookNetwork: localNetwork },
    { merchantId: options.merchant ?? merchantId, mode: "test", url: options.url ?? receiver.url, eventTypes: options.eventTypes },
  );
}

async function emit(type = "transaction.captured", data: Record<string, unknown> = { id: "tx_1", amount: 1250, currency: "EUR" }) {
  return handle.db.transaction((tx) => recordEvent(tx, clock, { merchantId, mode: "test", type, objectId: "tx_1", data }));
}

async function deliveries() {
  return handle.db.select().from(schema.webhookDeliveries).orderBy(asc(schema.webhookDeliveries.createdAt));
}

async function attempts() {
  return handle.db.select().from(schema.webhookAttempts).orderBy(asc(schema.webhookAttempts.attemptedAt));
}

function headersOf(hit: Hit): Record<string, string> {
  return Object.fromEntries(Object.entries(hit.headers).map(([name, value]) => [name, String(value)]));
}

describe("deliverDueWebhooks", () => {
  it("POSTs the event signed per Standard Webhooks, verifiable with the standardwebhooks package", async () => {
    const { secret } = await endpoint();
    const { eventId } = await emit();

    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 1, failed: 0 });
    expect(receiver.hits).toHaveLength(1);
    const hit = receiver.hits[0]!;
    expect(hit.headers["webhook-id"]).toBe(eventId);
    expect(hit.headers["webhook-timestamp"]).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    expect(hit.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(hit.headers["content-type"]).toBe("application/json");
    expect(hit.headers["user-agent"]).toBe("Jeton-Webhooks/1.0");

    const payload = new Webhook(secret).verify(hit.body, headersOf(hit));
    expect(payload).toEqual({
      id: eventId,
      type: "transaction.captured",
      createdAt: clock.now().toISOString(),
      data: { id: "tx_1", amount: 1250, currency: "EUR" },
    });
    // The check is not vacuous: another secret or a touched body fails.
    expect(() => new Webhook(`whsec_${randomBytes(32).toString("base64")}`).verify(hit.body, headersOf(hit))).toThrow(WebhookVerificationError);
    expect(() => new Webhook(secret).verify(hit.body.replace("1250", "9999"), headersOf(hit))).toThrow(WebhookVerificationError);

    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 200, nextAttemptAt: null });
    const [attempt] = await attempts();
    expect(attempt).toMatchObject({ deliveryId: delivery!.id, statusCode: 200, error: null });
    // What the receiver answered is not kept: a reply body may be anything an internal service said.
    expect(attempt).not.toHaveProperty("responseSnippet");
    expect(attempt!.durationMs).toBeGreaterThanOrEqual(0);
    // Nothing is due any more.
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 0, attempted: 0, succeeded: 0, failed: 0 });
    expect(receiver.hits).toHaveLength(1);
  });

  it("sends each endpoint only the event types it asked for", async () => {
    await endpoint({ eventTypes: ["transaction.refunded"] });
    await endpoint({ url: `${receiver.url}?all` });
    await endpoint({ merchant: otherMerchantId, url: `${receiver.url}?other` });
    await emit("transaction.captured");
    await emit("transaction.refunded");

    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 3, attempted: 3, succeeded: 3, failed: 0 });
    const received = receiver.hits.map((hit) => JSON.parse(hit.body).type).sort();
    expect(received).toEqual(["transaction.captured", "transaction.refunded", "transaction.refunded"]);
  });

  it("records a 500, retries 5 s later, then delivers (the same webhook-id twice, two attempts)", async () => {
    const { secret } = await endpoint();
    const { eventId } = await emit();
    receiver.answer((_hit, index) => (index === 0 ? { status: 500, body: "x".repeat(5000) } : { status: 204 }));

    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 0, failed: 1 });
    const [pending] = await deliveries();
    expect(pending).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(pending!.nextAttemptAt!.getTime() - clock.now().getTime()).toBe(5_000);
    const [first] = await attempts();
    expect(first).toMatchObject({ statusCode: 500, error: null });
    expect(JSON.stringify(first)).not.toContain("xxx");

    // Not before it is due.
    clock.advance(4_999);
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 0, attempted: 0, succeeded: 0, failed: 0 });
    clock.advance(1);
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 1, failed: 0 });

    expect(receiver.hits.map((hit) => hit.headers["webhook-id"])).toEqual([eventId, eventId]);
    // The retry is signed afresh, with its own timestamp.
    expect(new Webhook(secret).verify(receiver.hits[1]!.body, headersOf(receiver.hits[1]!))).toMatchObject({ id: eventId });
    expect(await attempts()).toHaveLength(2);
    expect(await deliveries()).toEqual([expect.objectContaining({ status: "succeeded", attempts: 2, lastStatusCode: 204 })]);
  });

  it("gives up after 8 failed attempts, on the 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h schedule", async () => {
    await endpoint();
    await emit();
    receiver.answer(() => ({ status: 503, body: "down" }));
    const waits: number[] = [];
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 0, failed: 1 });
      const [delivery] = await deliveries();
      expect(delivery!.attempts).toBe(attempt);
      if (attempt < WEBHOOK_MAX_ATTEMPTS) {
        const wait = delivery!.nextAttemptAt!.getTime() - clock.now().getTime();
        waits.push(wait);
        clock.advance(wait);
      }
    }
    expect(waits).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(waits).toEqual([...WEBHOOK_RETRY_DELAYS_MS]);
    expect(await deliveries()).toEqual([expect.objectContaining({ status: "failed", attempts: 8, nextAttemptAt: null, lastStatusCode: 503 })]);
    expect(await attempts()).toHaveLength(8);
    clock.advance(100 * 3_600_000);
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 0, attempted: 0, succeeded: 0, failed: 0 });
    expect(receiver.hits).toHaveLength(8);
  });

  it("counts a timeout, a refused connection and a redirect as failed attempts", async () => {
    const slow = await endpoint({ url: `${receiver.url}?slow` });
    const redirecting = await endpoint({ url: `${receiver.url}?redirect` });
    const closed = await startReceiver();
    await closed.close();
    const refused = await endpoint({ url: closed.url });
    receiver.answer((hit) =>
      hit.url.endsWith("?slow")
        ? { status: 200, body: "late", delayMs: 1_500 }
        : hit.url.endsWith("?redirect")
          ? { status: 302, body: "moved" }
          : { status: 200, body: "followed" },
    );
    await emit();

    expect(await deliverDueWebhooks(deps(), { timeoutMs: 300 })).toEqual({ claimed: 3, attempted: 3, succeeded: 0, failed: 3 });
    const rows = await deliveries();
    const log = new Map((await attempts()).map((a) => [a.deliveryId, a]));
    const attemptOf = (endpointId: string) => log.get(rows.find((d) => d.endpointId === endpointId)!.id);
    expect(attemptOf(slow.id)).toMatchObject({ statusCode: null, error: "timeout" });
    expect(attemptOf(refused.id)).toMatchObject({ statusCode: null, error: "connection_failed" });
    // The redirect is not followed: a webhook URL must not send the platform elsewhere.
    expect(attemptOf(redirecting.id)).toMatchObject({ statusCode: 302, error: null });
    expect(receiver.hits.map((hit) => hit.url).sort()).toEqual(["/webhooks?redirect", "/webhooks?slow"]);
    for (const row of rows) expect(row).toMatchObject({ status: "pending", attempts: 1 });
  });

  it("times out a real endpoint that answers too late", async () => {
    await endpoint();
    await emit();
    receiver.answer(() => ({ status: 200, body: "late", delayMs: 1_500 }));
    expect(await deliverDueWebhooks(deps(), { timeoutMs: 200 })).toEqual({ claimed: 1, attempted: 1, succeeded: 0, failed: 1 });
    expect(await attempts()).toEqual([expect.objectContaining({ statusCode: null, error: "timeout" })]);
    const [delivery] = await deliveries();
    expect(delivery!.nextAttemptAt!.getTime() - clock.now().getTime()).toBe(5_000);
  });

  it("takes a claimed delivery over once the lease is past, and the late first worker cannot overwrite it", async () => {
    await endpoint();
    const { eventId } = await emit();
    let releaseStuck: (response: Response) => void = () => {};
    const stuckFetch: typeof fetch = () => new Promise<Response>((resolve) => (releaseStuck = resolve));
    // Worker 1 claims, then hangs as if its process had died mid-request.
    const stuckRun = deliverDueWebhooks({ ...deps(), fetch: stuckFetch }, { leaseMs: 60_000 });
    await expect.poll(async () => (await deliveries())[0]!.nextAttemptAt!.getTime()).toBe(clock.now().getTime() + 60_000);

    // Within the lease, nobody else takes it.
    clock.advance(59_999);
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 0, attempted: 0, succeeded: 0, failed: 0 });
    clock.advance(1);
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 1, failed: 0 });
    expect(receiver.hits.map((hit) => hit.headers["webhook-id"])).toEqual([eventId]);

    // Worker 1 comes back with a failure: its attempt is logged, the delivery stays delivered.
    releaseStuck(new Response("late failure", { status: 500 }));
    expect(await stuckRun).toEqual({ claimed: 1, attempted: 1, succeeded: 0, failed: 1 });
    expect(await deliveries()).toEqual([expect.objectContaining({ status: "succeeded", attempts: 1, lastStatusCode: 200, nextAttemptAt: null })]);
    expect((await attempts()).map((a) => a.statusCode).sort()).toEqual([200, 500]);
  });

  it("delivers each event exactly once with several workers running at the same time", async () => {
    await endpoint();
    const ids = new Set<string>();
    for (let i = 0; i < 40; i++) ids.add((await emit("transaction.captured", { i })).eventId);
    receiver.answer(() => ({ status: 200, body: "ok", delayMs: 5 }));

    const drain = async () => {
      let total = 0;
      for (;;) {
        const { attempted } = await deliverDueWebhooks(deps(), { batchSize: 3 });
        if (attempted === 0) return total;
        total += attempted;
      }
    };
    const totals = await Promise.all([drain(), drain(), drain(), drain()]);
    expect(totals.reduce((sum, n) => sum + n, 0)).toBe(40);
    expect(receiver.hits).toHaveLength(40);
    expect(new Set(receiver.hits.map((hit) => hit.headers["webhook-id"]))).toEqual(ids);
    expect(await attempts()).toHaveLength(40);
    expect((await deliveries()).every((d) => d.status === "succeeded" && d.attempts === 1)).toBe(true);
  });

  // PGlite has one connection, so a second transaction cannot run beside an open one there.
  it.runIf(process.env.DATABASE_URL)("skips rows another worker holds locked instead of waiting for them", async () => {
    await endpoint();
    await emit();
    await emit();
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let lockedId = "";
    const holder = handle.db.transaction(async (tx) => {
      const [row] = await tx.select().from(schema.webhookDeliveries).orderBy(asc(schema.webhookDeliveries.id)).limit(1).for("update");
      lockedId = row!.id;
      await released;
    });
    await expect.poll(() => lockedId).not.toBe("");
    try {
      const started = Date.now();
      expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 1, failed: 0 });
      expect(Date.now() - started).toBeLessThan(2_000);
      const rows = await deliveries();
      expect(rows.find((d) => d.id === lockedId)).toMatchObject({ status: "pending", attempts: 0 });
    } finally {
      release();
      await holder;
    }
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 1, failed: 0 });
  });

  it("gives up deliveries whose endpoint was deleted, without calling it", async () => {
    const gone = await endpoint();
    await emit();
    // Deleted behind the worker's back, as when a delete races a claim: the delivery is still pending.
    await handle.db.update(schema.webhookEndpoints).set({ deletedAt: clock.now() }).where(eq(schema.webhookEndpoints.id, gone.id));
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 0, succeeded: 0, failed: 0 });
    expect(receiver.hits).toHaveLength(0);
    expect(await deliveries()).toEqual([expect.objectContaining({ status: "failed", attempts: 0 })]);
    expect(await attempts()).toHaveLength(0);
  });

  it("spends no attempt when the platform cannot open the secret, and logs it", async () => {
    await endpoint();
    await emit();
    const errors: string[] = [];
    const logger: WebhookLogger = { info() {}, warn() {}, error: (_details, message) => errors.push(message) };
    const wrongVault = createVault({ keks: { k9: randomBytes(32) }, activeKekId: "k9", fingerprintKey: randomBytes(32) });
    expect(await deliverDueWebhooks({ ...deps(), vault: wrongVault, logger })).toEqual({ claimed: 1, attempted: 0, succeeded: 0, failed: 0 });
    expect(errors).toEqual(["webhook could not be signed"]);
    expect(receiver.hits).toHaveLength(0);
    expect(await attempts()).toHaveLength(0);
    // Once the configuration is fixed, the lease brings it back.
    clock.advance(60_000);
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 1, failed: 0 });
  });
});

describe("deliverDueWebhooks: addresses the platform must not reach (SSRF)", () => {
  const strict = (resolve = tableResolver().resolve): WebhookNetwork => ({ allowPrivateNetworks: false, resolve });
  const portOf = (url: string) => new URL(url).port;

  it("refuses at delivery an endpoint whose address is private, without connecting, and logs only the class", async () => {
    // Stored before the check existed (or by any other path): the worker checks again at every attempt.
    const stored = await endpoint();
    await emit();
    expect(await deliverDueWebhooks({ ...deps(), webhookNetwork: strict() })).toEqual({ claimed: 1, attempted: 1, succeeded: 0, failed: 1 });
    expect(receiver.hits).toHaveLength(0);
    expect(await attempts()).toEqual([expect.objectContaining({ statusCode: null, error: "blocked_address" })]);
    expect(await deliveries()).toEqual([expect.objectContaining({ endpointId: stored.id, status: "pending", attempts: 1 })]);
  });

  it("refuses at delivery a host name whose DNS answer turned private after registration", async () => {
    const dns = tableResolver({ "hooks.shop.example": [TEST_PUBLIC_ADDRESS] });
    await createWebhookEndpoint(
      { db: handle.db, vault, clock, webhookNetwork: strict(dns.resolve) },
      { merchantId, mode: "test", url: `http://hooks.shop.example:${portOf(receiver.url)}/webhooks` },
    );
    dns.set("hooks.shop.example", ["127.0.0.1"]);
    await emit();
    expect(await deliverDueWebhooks({ ...deps(), webhookNetwork: strict(dns.resolve) })).toMatchObject({ attempted: 1, failed: 1 });
    expect(receiver.hits).toHaveLength(0);
    expect(await attempts()).toEqual([expect.objectContaining({ error: "blocked_address" })]);
  });

  it("connects to the address it checked, never resolving the host again (no DNS rebinding)", async () => {
    // The name resolves once, to the local receiver; any later lookup would answer elsewhere.
    const dns = tableResolver({ "hooks.shop.test": ["127.0.0.1"] });
    const network: WebhookNetwork = { allowPrivateNetworks: true, resolve: dns.resolve };
    await createWebhookEndpoint({ db: handle.db, vault, clock, webhookNetwork: network }, { merchantId, mode: "test", url: `http://hooks.shop.test:${portOf(receiver.url)}/webhooks` });
    await emit();
    dns.calls.length = 0;
    const checked = dns.resolve;
    let lookups = 0;
    const rebinding: WebhookNetwork = {
      allowPrivateNetworks: true,
      resolve: async (hostname) => (++lookups === 1 ? checked(hostname) : ["10.255.255.1"]),
    };
    expect(await deliverDueWebhooks({ ...deps(), webhookNetwork: rebinding }, { timeoutMs: 2_000 })).toEqual({ claimed: 1, attempted: 1, succeeded: 1, failed: 0 });
    expect(lookups).toBe(1);
    expect(receiver.hits).toHaveLength(1);
    // The request still names the merchant's host (virtual hosting, TLS server name).
    expect(receiver.hits[0]!.headers.host).toBe(`hooks.shop.test:${portOf(receiver.url)}`);
  });

  it("counts a reply over 64 KiB as too_large, and a host that does not resolve as dns_failed", async () => {
    const big = await endpoint({ url: `${receiver.url}?big` });
    const dns = tableResolver({ "gone.shop.example": [TEST_PUBLIC_ADDRESS] });
    const gone = await createWebhookEndpoint({ db: handle.db, vault, clock, webhookNetwork: strict(dns.resolve) }, { merchantId, mode: "test", url: "https://gone.shop.example/hooks" });
    receiver.answer(() => ({ status: 200, body: "y".repeat(1_000_000) }));
    await emit();
    const network: WebhookNetwork = { allowPrivateNetworks: true, resolve: tableResolver().resolve };
    expect(await deliverDueWebhooks({ ...deps(), webhookNetwork: network })).toMatchObject({ attempted: 2, succeeded: 0, failed: 2 });
    const rows = await deliveries();
    const log = new Map((await attempts()).map((a) => [a.deliveryId, a]));
    const attemptOf = (endpointId: string) => log.get(rows.find((d) => d.endpointId === endpointId)!.id);
    expect(attemptOf(big.id)).toMatchObject({ statusCode: 200, error: "too_large" });
    expect(attemptOf(gone.id)).toMatchObject({ statusCode: null, error: "dns_failed" });
  });
});

describe("redeliverEvent", () => {
  it("sends a delivered or failed event again, to current endpoints too, and refuses others' events", async () => {
    const first = await endpoint();
    const { eventId } = await emit();
    expect(await deliverDueWebhooks(deps())).toMatchObject({ succeeded: 1 });
    const second = await endpoint({ url: `${receiver.url}?new` });

    clock.advance(1_000);
    const redelivered = await redeliverEvent({ db: handle.db, clock }, { merchantId, mode: "test", eventId });
    expect(redelivered.map((d) => d.endpointId).sort()).toEqual([first.id, second.id].sort());
    for (const delivery of redelivered) {
      expect(delivery).toMatchObject({ object: "webhook_delivery", eventId, status: "pending", attempts: 0, nextAttemptAt: clock.now().toISOString() });
    }
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 2, attempted: 2, succeeded: 2, failed: 0 });
    expect(receiver.hits.map((hit) => hit.headers["webhook-id"])).toEqual([eventId, eventId, eventId]);

    const log = await listWebhookDeliveries({ db: handle.db }, { merchantId, mode: "test", eventId });
    const firstLog = log.data.find((d) => d.endpointId === first.id)!;
    expect(firstLog.attemptLog.map((a) => a.statusCode)).toEqual([200, 200]);
    expect(firstLog).toMatchObject({ url: receiver.url, status: "succeeded", attempts: 1 });

    // A failed delivery gets a fresh schedule.
    receiver.answer(() => ({ status: 500 }));
    await deleteWebhookEndpoint({ db: handle.db, clock }, { merchantId, mode: "test", endpointId: second.id });
    await redeliverEvent({ db: handle.db, clock }, { merchantId, mode: "test", eventId });
    expect(await deliverDueWebhooks(deps())).toEqual({ claimed: 1, attempted: 1, succeeded: 0, failed: 1 });
    const [delivery] = (await deliveries()).filter((d) => d.endpointId === first.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1 });

    for (const [who, mode] of [[otherMerchantId, "test"], [merchantId, "live"]] as const) {
      await expect(redeliverEvent({ db: handle.db, clock }, { merchantId: who, mode, eventId })).rejects.toMatchObject({ code: "resource_not_found" });
      await expect(listWebhookDeliveries({ db: handle.db }, { merchantId: who, mode, eventId })).rejects.toMatchObject({ code: "resource_not_found" });
    }
    await expect(redeliverEvent({ db: handle.db, clock }, { merchantId, mode: "test", eventId: "nope" })).rejects.toMatchObject({ code: "resource_not_found" });
  });
});

describe("startWebhookWorker", () => {
  afterEach(() => {
    receiver.answer(() => ({ status: 200, body: "ok" }));
  });

  it("delivers in the background until stopped", async () => {
    await endpoint();
    const worker = startWebhookWorker(deps(), { intervalMs: 20 });
    try {
      const { eventId } = await emit();
      await expect.poll(() => receiver.hits.length, { timeout: 5_000 }).toBe(1);
      expect(receiver.hits[0]!.headers["webhook-id"]).toBe(eventId);
    } finally {
      await worker.stop();
    }
    await emit();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.hits).toHaveLength(1);
  });

  it("logs a failing run and keeps going, never throwing", async () => {
    const errors: unknown[] = [];
    const logger: WebhookLogger = { info() {}, warn() {}, error: (details) => errors.push(details.err) };
    let calls = 0;
    const brokenDb = {
      transaction: async () => {
        calls += 1;
        throw new Error("database unreachable");
      },
    } as unknown as typeof handle.db;
    const worker = startWebhookWorker({ ...deps(), db: brokenDb, logger }, { intervalMs: 10 });
    await expect.poll(() => calls, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    await worker.stop();
    expect(errors.length).toBeGreaterThanOrEqual(3);
    expect(String(errors[0])).toContain("database unreachable");
  });
});

describe("a server restart between attempts", () => {
  it("loses nothing: a new process on a new connection delivers what was pending", async () => {
    let url: string | undefined;
    let dataDir: string | undefined;
    let dropDatabase = async () => {};
    if (process.env.DATABASE_URL) {
      const name = `jeton_restart_${randomBytes(6).toString("hex")}`;
      await handle.query(`CREATE DATABASE ${name}`);
      const target = new URL(process.env.DATABASE_URL);
      target.pathname = `/${name}`;
      url = target.toString();
      dropDatabase = async () => {
        await handle.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      };
    } else {
      dataDir = mkdtempSync(path.join(tmpdir(), "jeton-webhooks-"));
    }
    const open = async () => {
      const opened = createDatabase(url ? { url } : { dataDir: dataDir! });
      await migrateDatabase(opened, migrationsFolder);
      return opened;
    };
    try {
      // Before the restart: one event attempted once (the receiver failed), one never attempted.
      const before = await open();
      let secret: string;
      let eventIds: string[];
      try {
        const { merchantId: merchant } = await createMerchant({ db: before.db }, { name: "Restarting" });
        secret = (await createWebhookEndpoint({ db: before.db, vault, clock, webhookNetwork: localNetwork }, { merchantId: merchant, mode: "test", url: receiver.url })).secret;
        const first = await before.db.transaction((tx) => recordEvent(tx, clock, { merchantId: merchant, mode: "test", type: "transaction.captured", objectId: "tx_a", data: { n: 1 } }));
        receiver.answer(() => ({ status: 500 }));
        expect(await deliverDueWebhooks({ db: before.db, vault, clock, webhookNetwork: localNetwork })).toEqual({ claimed: 1, attempted: 1, succeeded: 0, failed: 1 });
        const second = await recordEvent(before.db, clock, { merchantId: merchant, mode: "test", type: "transaction.refunded", objectId: "tx_a", data: { n: 2 } });
        eventIds = [first.eventId, second.eventId];
      } finally {
        await before.close();
      }

      // After: a new connection, a new vault built from the same configuration, a new worker.
      receiver.answer(() => ({ status: 200 }));
      const after = await open();
      try {
        clock.advance(5_000);
        const worker = startWebhookWorker({ db: after.db, vault: createVault(vaultConfig), clock, webhookNetwork: localNetwork }, { intervalMs: 20 });
        try {
          await expect.poll(() => receiver.hits.length, { timeout: 10_000 }).toBe(3);
        } finally {
          await worker.stop();
        }
        const delivered = receiver.hits.slice(1).map((hit) => new Webhook(secret).verify(hit.body, headersOf(hit)) as { id: string });
        expect(delivered.map((event) => event.id).sort()).toEqual([...eventIds].sort());
        const rows = await after.db.select().from(schema.webhookDeliveries);
        expect(rows.map((d) => [d.status, d.attempts]).sort()).toEqual([
          ["succeeded", 1],
          ["succeeded", 2],
        ]);
        expect(await after.db.select().from(schema.webhookAttempts)).toHaveLength(3);
      } finally {
        await after.close();
      }
    } finally {
      await dropDatabase();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
