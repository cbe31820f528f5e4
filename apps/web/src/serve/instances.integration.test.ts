import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createMerchant, dailySettlementCutoff, settleTransactions, systemClock, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canRunInstances, startInstance, startInstanceGroup, type InstanceGroup, type PlatformInstance } from "./testing/platform-instances";

const card = { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" };

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A merchant's webhook receiver: records every request it gets and answers 200. */
async function startReceiver(): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, server };
}

describe.skipIf(!canRunInstances)("two platform instances on one PostgreSQL", () => {
  let group: InstanceGroup;
  let database: InstanceGroup["database"];
  let instances: PlatformInstance[] = [];
  let merchant: CreatedMerchant;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let webhookSecret: string;
  let turn = 0;
  /** Alternates between the instances, as a load balancer would. */
  const next = () => instances[turn++ % instances.length]!;

  const api = (instance: PlatformInstance, path: string, init: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${instance.url}${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        authorization: `Bearer ${init.key ?? merchant.keys.test.secretKey}`,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const tokenize = async (instance = next()) => {
    const response = await api(instance, "/api/v1/card-tokens", { body: { card }, key: merchant.keys.test.publishableKey });
    expect(response.status).toBe(201);
    return ((await response.json()) as { cardTokenId: string }).cardTokenId;
  };
  const transactionsOf = (cardTokenId: string) =>
    database.handle.db.select().from(schema.transactions).where(eq(schema.transactions.cardTokenId, cardTokenId));

  beforeAll(async () => {
    receiver = await startReceiver();
    // Started together: they migrate the new database under one lock, and both run the settlement check at once.
    group = await startInstanceGroup([{}, {}], { JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" });
    ({ database, instances } = group);
    for (const instance of instances) expect(await (await fetch(`${instance.url}/api/ready`)).json()).toEqual({ status: "ready" });
    merchant = await createMerchant({ db: database.handle.db }, { name: "Two instances" });
    const endpoint = await api(instances[0]!, "/api/v1/webhook-endpoints", { body: { url: receiver.url } });
    expect(endpoint.status).toBe(201);
    webhookSecret = ((await endpoint.json()) as { secret: string }).secret;
  });

  afterAll(async () => {
    receiver?.server.close();
    // Every instance drained and exited cleanly on SIGTERM.
    expect(await group?.close()).toEqual([0, 0]);
  });

  it("charges a card token spent on both at the same time once", async () => {
    for (let round = 0; round < 5; round++) {
      const cardTokenId = await tokenize();
      const answers = await Promise.all(
        instances.map((instance) => api(instance, "/api/v1/transactions", { body: { amount: 1000, currency: "EUR", cardTokenId } })),
      );
      expect(answers.map((a) => a.status).filter((s) => s === 201)).toHaveLength(1);
      expect(answers.map((a) => a.status).filter((s) => s !== 201).every((s) => s >= 400 && s < 500)).toBe(true);
      expect(await transactionsOf(cardTokenId)).toHaveLength(1);
    }
  });

  it("makes one transaction of 20 concurrent requests with one Idempotency-Key", async () => {
    const cardTokenId = await tokenize();
    const key = `idem-${cardTokenId}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        api(next(), "/api/v1/transactions", { body: { amount: 2500, currency: "EUR", cardTokenId }, headers: { "Idempotency-Key": key } }),
      ),
    );
    const ids = new Set<string>();
    for (const answer of answers) {
      // The first one runs; the others replay its answer, or are told it is still running.
      expect([201, 409]).toContain(answer.status);
      if (answer.status === 201) ids.add(((await answer.json()) as { id: string }).id);
    }
    expect(ids.size).toBe(1);
    expect(await transactionsOf(cardTokenId)).toHaveLength(1);
  });

  it("makes exactly 3 of 10 concurrent refunds of 3,000 on 10,000", async () => {
    const cardTokenId = await tokenize();
    const created = await api(next(), "/api/v1/transactions", { body: { amount: 10_000, currency: "EUR", cardTokenId } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string; status: string };
    // Refunds need a settled transaction: the operator's `jeton settle`, now.
    await settleTransactions({ db: database.handle.db, clock: systemClock }, {});
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => api(next(), `/api/v1/transactions/${id}/refunds`, { body: { amount: 3000 } })),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    expect(answers.filter((a) => a.status !== 201).every((a) => a.status >= 400 && a.status < 500)).toBe(true);
    const refunds = await database.handle.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, id));
    expect(refunds).toHaveLength(3);
  });

  it("delivers every webhook event, signed once per attempt", async () => {
    const db = database.handle.db;
    const deadline = Date.now() + 30_000;
    let deliveries: (typeof schema.webhookDeliveries.$inferSelect)[] = [];
    for (;;) {
      deliveries = await db.select().from(schema.webhookDeliveries);
      if (deliveries.length > 0 && deliveries.every((d) => d.status === "succeeded")) break;
      if (Date.now() > deadline) throw new Error(`deliveries not done: ${JSON.stringify(deliveries.map((d) => d.status))}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const events = await db.select().from(schema.events).where(and(eq(schema.events.merchantId, merchant.merchantId), eq(schema.events.mode, "test")));
    expect(new Set(deliveries.map((d) => d.eventId))).toEqual(new Set(events.map((e) => e.id)));
    const attempts = await db.select().from(schema.webhookAttempts);
    expect(receiver.received).toHaveLength(attempts.length);
    expect(attempts).toHaveLength(deliveries.reduce((sum, d) => sum + d.attempts, 0));
    const verifier = new Webhook(webhookSecret);
    const receivedIds = receiver.received.map((hit) => {
      // One signature per attempt, and it verifies.
      expect(hit.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
      verifier.verify(hit.body, hit.headers);
      return hit.headers["webhook-id"];
    });
    // All succeeded at their first attempt: no event reached the merchant twice.
    expect(new Set(receivedIds).size).toBe(events.length);
  });

  it("ran the settlement cut-off once", async () => {
    const cutoffAt = dailySettlementCutoff(new Date(), 22);
    const runs = await database.handle.db
      .select()
      .from(schema.settlements)
      .where(and(eq(schema.settlements.cutoffAt, cutoffAt), isNull(schema.settlements.merchantId)));
    expect(runs).toHaveLength(1);
  });
});

describe.skipIf(!canRunInstances)("an instance killed in the middle of a payment load", () => {
  let group: InstanceGroup;
  let database: InstanceGroup["database"];
  let instances: PlatformInstance[] = [];
  let merchant: CreatedMerchant;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    group = await startInstanceGroup([{}, {}], { JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" });
    ({ database, instances } = group);
    merchant = await createMerchant({ db: database.handle.db }, { name: "Killed instance" });
    const endpoint = await fetch(`${instances[1]!.url}/api/v1/webhook-endpoints`, {
      method: "POST",
      headers: { authorization: `Bearer ${merchant.keys.test.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify({ url: receiver.url }),
    });
    expect(endpoint.status).toBe(201);
  });

  afterAll(async () => {
    receiver?.server.close();
    await group?.close();
  });

  it("loses no answered payment, makes none twice, and delivers the whole outbox after the restart", { timeout: 240_000 }, async () => {
    const alive = new Set(instances);
    let turn = 0;
    /** A client with a retry policy: on a dead connection, the same request (same Idempotency-Key) to another instance. */
    const send = async (path: string, body: unknown, key: string, headers: Record<string, string> = {}) => {
      for (let attempt = 0; attempt < 6; attempt++) {
        const live = [...alive];
        const instance = live[turn++ % live.length]!;
        try {
          return await fetch(`${instance.url}${path}`, {
            method: "POST",
            headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers },
            body: JSON.stringify(body),
          });
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return undefined;
    };
    const answered = new Map<string, string>();
    let payments = 0;
    let stopLoad = false;
    const client = async (clientId: number) => {
      for (let i = 0; !stopLoad; i++) {
        const reference = `load-${clientId}-${i}`;
        payments++;
        const token = await send("/api/v1/card-tokens", { card }, merchant.keys.test.publishableKey);
        if (token?.status !== 201) continue;
        const { cardTokenId } = (await token.json()) as { cardTokenId: string };
        const paid = await send(
          "/api/v1/transactions",
          { amount: 1234, currency: "EUR", cardTokenId, merchantReference: reference },
          merchant.keys.test.secretKey,
          { "Idempotency-Key": reference },
        );
        if (paid?.status === 201) answered.set(reference, ((await paid.json()) as { id: string }).id);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, (_, i) => client(i)));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const victim = instances[0]!;
    await victim.kill();
    alive.delete(victim);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    stopLoad = true;
    await load;
    expect(answered.size).toBeGreaterThan(10);

    const db = database.handle.db;
    const rows = await db.select().from(schema.transactions).where(eq(schema.transactions.merchantId, merchant.merchantId));
    const byReference = new Map<string, string[]>();
    for (const row of rows) byReference.set(row.merchantReference!, [...(byReference.get(row.merchantReference!) ?? []), row.id]);
    // Every payment that answered 2xx exists, with the id that was answered.
    for (const [reference, id] of answered) expect(byReference.get(reference)).toEqual([id]);
    // None exists twice.
    for (const ids of byReference.values()) expect(ids).toHaveLength(1);
    expect(rows.length).toBeLessThanOrEqual(payments);

    // The restarted instance and the survivor deliver everything, including what the killed one had claimed
    // (its claims lapse after the lease, JETON_WEBHOOK_LEASE_SECONDS, 20 s here).
    instances[0] = await startInstance(group.env);
    const deadline = Date.now() + 150_000;
    for (;;) {
      const deliveries = await db.select().from(schema.webhookDeliveries);
      const events = await db.select().from(schema.events).where(eq(schema.events.merchantId, merchant.merchantId));
      if (deliveries.length === events.length && deliveries.every((d) => d.status === "succeeded")) break;
      if (Date.now() > deadline) throw new Error(`outbox not delivered: ${deliveries.filter((d) => d.status !== "succeeded").length} left`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const delivered = new Set(receiver.received.map((hit) => JSON.parse(hit.body).id as string));
    const events = await db.select({ id: schema.events.id }).from(schema.events).where(eq(schema.events.merchantId, merchant.merchantId));
    for (const event of events) expect(delivered.has(event.id)).toBe(true);
  });
});
