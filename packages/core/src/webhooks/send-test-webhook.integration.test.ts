import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatedMerchant } from "../merchants/create-merchant";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { createVault } from "../vault/create-vault";
import { createWebhookEndpoint, type CreatedWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { deliverDueWebhooks } from "./deliver-due-webhooks";
import { listEndpointDeliveries } from "./list-endpoint-deliveries";
import { redeliverEvent } from "./redeliver-event";
import { sendTestWebhook } from "./send-test-webhook";
import { testWebhookNetwork } from "../testing/table-resolver";

// Now-ish: receivers check the signature timestamp against their own clock.
const clock = fixedClock(new Date());
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
let handle: DatabaseHandle;
let shop: CreatedMerchant;
let other: CreatedMerchant;
let target: CreatedWebhookEndpoint;
let catchAll: CreatedWebhookEndpoint;
let liveEndpoint: CreatedWebhookEndpoint;

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [shop, other] = merchants;
  const deps = { db: handle.db, vault, clock, webhookNetwork: testWebhookNetwork() };
  target = await createWebhookEndpoint(deps, { merchantId: shop.merchantId, mode: "test", url: "https://shop.example/hooks/a", eventTypes: ["refund.succeeded"] });
  catchAll = await createWebhookEndpoint(deps, { merchantId: shop.merchantId, mode: "test", url: "https://shop.example/hooks/all" });
  liveEndpoint = await createWebhookEndpoint(deps, { merchantId: shop.merchantId, mode: "live", url: "https://shop.example/hooks/live" });
  await createWebhookEndpoint(deps, { merchantId: other.merchantId, mode: "test", url: "https://other.example/hooks" });
});
afterAll(async () => {
  await handle?.close();
});

const deliveriesOf = (eventId: string) => handle.db.select().from(schema.webhookDeliveries).where(eq(schema.webhookDeliveries.eventId, eventId));

describe("sendTestWebhook", () => {
  it("queues exactly one delivery, to that endpoint only, even one subscribed to other types", async () => {
    const { eventId } = await sendTestWebhook({ db: handle.db, clock }, { merchantId: shop.merchantId, mode: "test", endpointId: target.id });
    const deliveries = await deliveriesOf(eventId);
    expect(deliveries.map((d) => [d.endpointId, d.status])).toEqual([[target.id, "pending"]]);
    const [event] = await handle.db.select().from(schema.events).where(eq(schema.events.id, eventId));
    expect(event).toMatchObject({ type: "webhook.test", objectId: target.id, merchantId: shop.merchantId, mode: "test" });

    // Redelivery keeps it to that endpoint (the catch-all endpoint does not get it).
    const again = await redeliverEvent({ db: handle.db, clock }, { merchantId: shop.merchantId, mode: "test", eventId });
    expect(again.map((d) => d.endpointId)).toEqual([target.id]);
    expect(await deliveriesOf(eventId)).toHaveLength(1);
  });

  it("is delivered by the worker, signed with the endpoint's secret, and shows in its delivery log", async () => {
    const { eventId } = await sendTestWebhook({ db: handle.db, clock }, { merchantId: shop.merchantId, mode: "test", endpointId: catchAll.id });
    const hits: { url: string; body: string; headers: Record<string, string> }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      hits.push({ url, body: String(init.body), headers: init.headers as Record<string, string> });
      return new Response("thanks", { status: 200 });
    }) as unknown as typeof fetch;
    await deliverDueWebhooks({ db: handle.db, vault, clock, webhookNetwork: testWebhookNetwork(), fetch: fakeFetch });
    const mine = hits.filter((hit) => JSON.parse(hit.body).id === eventId);
    expect(mine.map((hit) => hit.url)).toEqual([catchAll.url]);
    const payload = new Webhook(catchAll.secret).verify(mine[0]!.body, mine[0]!.headers) as { type: string; data: { endpointId: string } };
    expect(payload).toMatchObject({ type: "webhook.test", data: { endpointId: catchAll.id } });

    const log = await listEndpointDeliveries({ db: handle.db }, { merchantId: shop.merchantId, mode: "test", endpointId: catchAll.id });
    expect(log.data[0]).toMatchObject({ eventId, eventType: "webhook.test", status: "succeeded", attempts: 1, lastStatusCode: 200 });
    expect(log.data[0]!.attemptLog).toEqual([expect.objectContaining({ statusCode: 200, error: null })]);
    expect(typeof log.data[0]!.attemptLog[0]!.durationMs).toBe("number");
  });

  it("refuses another merchant's endpoint, another mode's, a deleted one and a malformed id, recording nothing", async () => {
    const before = (await handle.db.select().from(schema.events)).length;
    const [otherEndpoint] = await handle.db.select().from(schema.webhookEndpoints).where(eq(schema.webhookEndpoints.merchantId, other.merchantId));
    const removed = await createWebhookEndpoint({ db: handle.db, vault, clock, webhookNetwork: testWebhookNetwork() }, { merchantId: shop.merchantId, mode: "test", url: "https://shop.example/gone" });
    await deleteWebhookEndpoint({ db: handle.db, clock }, { merchantId: shop.merchantId, mode: "test", endpointId: removed.id });
    for (const endpointId of [otherEndpoint!.id, liveEndpoint.id, removed.id, "we_nope", "'; drop table events; --"]) {
      await expect(sendTestWebhook({ db: handle.db, clock }, { merchantId: shop.merchantId, mode: "test", endpointId })).rejects.toMatchObject({
        code: "resource_not_found",
      });
    }
    expect((await handle.db.select().from(schema.events)).length).toBe(before);
  });

  it("does not change where ordinary events go", async () => {
    clock.advance(1000);
    const { eventId } = await recordEvent(handle.db, clock, { merchantId: shop.merchantId, mode: "test", type: "refund.succeeded", objectId: "re_x", data: {} });
    expect((await deliveriesOf(eventId)).map((d) => d.endpointId).sort()).toEqual([target.id, catchAll.id].sort());
  });
});

describe("listEndpointDeliveries", () => {
  it("lists only that endpoint's deliveries, newest first, and refuses other merchants' endpoints", async () => {
    const log = await listEndpointDeliveries({ db: handle.db }, { merchantId: shop.merchantId, mode: "test", endpointId: target.id });
    expect(log.data.every((d) => d.endpointId === target.id)).toBe(true);
    expect(log.data.map((d) => d.eventType)).toEqual(["refund.succeeded", "webhook.test"]);
    await expect(listEndpointDeliveries({ db: handle.db }, { merchantId: other.merchantId, mode: "test", endpointId: target.id })).rejects.toMatchObject({
      code: "resource_not_found",
    });
  });
});
