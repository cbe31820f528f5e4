import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { createVault } from "../vault/create-vault";
import { createWebhookEndpoint } from "../webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "../webhooks/delete-webhook-endpoint";
import { getEvent } from "./get-event";
import { listEvents } from "./list-events";
import { recordEvent } from "./record-event";
import { testWebhookNetwork } from "../testing/table-resolver";

let handle: DatabaseHandle;
const clock = fixedClock(new Date("2030-01-01T10:00:00Z"));
const vault = createVault({ keks: { k1: randomBytes(32) }, activeKekId: "k1", fingerprintKey: randomBytes(32) });
let merchantId: string;
let otherMerchantId: string;

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId }, { merchantId: otherMerchantId }] = merchants;
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  const { db } = handle;
  await db.delete(schema.webhookAttempts);
  await db.delete(schema.webhookDeliveries);
  await db.delete(schema.events);
  await db.delete(schema.webhookEndpoints);
});

const deps = () => ({ db: handle.db, vault, clock, webhookNetwork: testWebhookNetwork() });

async function deliveriesOf(eventId: string) {
  return handle.db.select().from(schema.webhookDeliveries).where(eq(schema.webhookDeliveries.eventId, eventId));
}

describe("recordEvent", () => {
  it("fans out one pending delivery per matching endpoint: same merchant, same mode, not deleted, type accepted", async () => {
    const all = await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/all" });
    const captured = await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/captured", eventTypes: ["transaction.captured"] });
    await createWebhookEndpoint(deps(), { merchantId, mode: "live", url: "https://shop-a.example/live" });
    const gone = await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/gone" });
    await deleteWebhookEndpoint(deps(), { merchantId, mode: "test", endpointId: gone.id });
    await createWebhookEndpoint(deps(), { merchantId: otherMerchantId, mode: "test", url: "https://shop-b.example/all" });

    const authorized = await handle.db.transaction((tx) =>
      recordEvent(tx, clock, { merchantId, mode: "test", type: "transaction.authorized", objectId: "tx_1", data: { id: "tx_1", amount: 1000 } }),
    );
    expect(authorized.eventId).toMatch(/^evt_[A-Za-z0-9_-]{22}$/);
    const first = await deliveriesOf(authorized.eventId);
    expect(first.map((d) => d.endpointId)).toEqual([all.id]);
    expect(first[0]).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: clock.now() });

    const capturedEvent = await recordEvent(handle.db, clock, { merchantId, mode: "test", type: "transaction.captured", objectId: "tx_1", data: {} });
    expect(new Set((await deliveriesOf(capturedEvent.eventId)).map((d) => d.endpointId))).toEqual(new Set([all.id, captured.id]));
  });

  it("commits with the caller's transaction and rolls back with it", async () => {
    await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/all" });
    await expect(
      handle.db.transaction(async (tx) => {
        await recordEvent(tx, clock, { merchantId, mode: "test", type: "transaction.declined", objectId: "tx_2", data: {} });
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    expect(await handle.db.select().from(schema.events)).toHaveLength(0);
    expect(await handle.db.select().from(schema.webhookDeliveries)).toHaveLength(0);
  });

  it("records an event with no endpoint at all", async () => {
    const { eventId } = await recordEvent(handle.db, clock, { merchantId, mode: "live", type: "transaction.captured", objectId: "tx_3", data: { a: 1 } });
    expect(await deliveriesOf(eventId)).toHaveLength(0);
    expect(await getEvent(deps(), { merchantId, mode: "live", eventId })).toMatchObject({ id: eventId, type: "transaction.captured", data: { a: 1 } });
  });

  it.each([
    ["a cvc", { card: { last4: "4242", cvc: "123" } }],
    ["a pan", { pan: "4242424242424242" }],
    ["a card number", { transaction: { card: { number: "4242424242424242" } } }],
    ["a CVV in an array", { items: [{ CVV: "123" }] }],
  ])("refuses data holding %s, and stores nothing", async (_name, data) => {
    await expect(recordEvent(handle.db, clock, { merchantId, mode: "test", type: "transaction.authorized", objectId: "tx_4", data })).rejects.toThrow(
      /must not hold/,
    );
    expect(await handle.db.select().from(schema.events)).toHaveLength(0);
  });
});

describe("getEvent / listEvents", () => {
  async function emit(count: number, options: { merchant?: string; mode?: "test" | "live"; step?: number } = {}) {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      if (options.step) clock.advance(options.step);
      const { eventId } = await recordEvent(handle.db, clock, {
        merchantId: options.merchant ?? merchantId,
        mode: options.mode ?? "test",
        type: i % 2 === 0 ? "transaction.authorized" : "transaction.captured",
        objectId: `tx_${i}`,
        data: { i },
      });
      ids.push(eventId);
    }
    return ids;
  }

  it("pages newest first through events, including events of the same instant, without gaps or repeats", async () => {
    const older = await emit(7, { step: 1000 });
    clock.advance(1000);
    const sameInstant = await emit(8); // all at one clock reading
    await emit(3, { merchant: otherMerchantId });
    await emit(2, { mode: "live" });

    const seen: string[] = [];
    let startingAfter: string | undefined;
    const hasMores: boolean[] = [];
    for (;;) {
      const page = await listEvents(deps(), { merchantId, mode: "test", limit: 4, startingAfter });
      seen.push(...page.data.map((e) => e.id));
      hasMores.push(page.hasMore);
      if (!page.hasMore) break;
      startingAfter = page.data.at(-1)!.id;
    }
    expect(hasMores).toEqual([true, true, true, false]);
    expect(seen).toHaveLength(15);
    expect(new Set(seen)).toEqual(new Set([...older, ...sameInstant]));
    // Newest first: the 8 same-instant events come before the 7 older ones.
    expect(new Set(seen.slice(0, 8))).toEqual(new Set(sameInstant));
    expect(seen.slice(8)).toEqual([...older].reverse());

    const all = await listEvents(deps(), { merchantId, mode: "test" });
    expect(all.data).toHaveLength(15);
    expect(all.hasMore).toBe(false);
    const captured = await listEvents(deps(), { merchantId, mode: "test", type: "transaction.captured" });
    expect(captured.data.every((e) => e.type === "transaction.captured")).toBe(true);
    expect(captured.data.length).toBe(7);
    const byObject = await listEvents(deps(), { merchantId, mode: "test", objectId: "tx_0" });
    expect(byObject.data.map((e) => e.objectId)).toEqual(["tx_0", "tx_0"]);
  });

  it("refuses bad limits and foreign or malformed cursors", async () => {
    const [mine] = await emit(1);
    const [theirs] = await emit(1, { merchant: otherMerchantId });
    for (const limit of [0, 101, 1.5, Number.NaN]) {
      await expect(listEvents(deps(), { merchantId, mode: "test", limit })).rejects.toMatchObject({ code: "parameter_invalid", param: "limit" });
    }
    await expect(listEvents(deps(), { merchantId, mode: "test", startingAfter: theirs })).rejects.toMatchObject({
      code: "resource_not_found",
      param: "startingAfter",
    });
    await expect(listEvents(deps(), { merchantId, mode: "live", startingAfter: mine })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(listEvents(deps(), { merchantId, mode: "test", startingAfter: "'; drop table events;--" })).rejects.toMatchObject({
      code: "resource_not_found",
    });
  });

  it("shows a merchant only its own events, in its own mode", async () => {
    const [mine] = await emit(1);
    const [theirs] = await emit(1, { merchant: otherMerchantId });
    const event = await getEvent(deps(), { merchantId, mode: "test", eventId: mine! });
    expect(event).toEqual({
      id: mine,
      object: "event",
      type: "transaction.authorized",
      mode: "test",
      objectId: "tx_0",
      createdAt: clock.now().toISOString(),
      data: { i: 0 },
    });
    await expect(getEvent(deps(), { merchantId, mode: "test", eventId: theirs! })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(getEvent(deps(), { merchantId, mode: "live", eventId: mine! })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(getEvent(deps(), { merchantId, mode: "test", eventId: "evt_nope" })).rejects.toMatchObject({ code: "resource_not_found" });
  });
});
