import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { createVault } from "../vault/create-vault";
import { createWebhookEndpoint } from "./create-webhook-endpoint";
import { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
import { getWebhookEndpoint } from "./get-webhook-endpoint";
import { listWebhookEndpoints } from "./list-webhook-endpoints";
import { revealWebhookEndpointSecret } from "./reveal-webhook-endpoint-secret";
import { testWebhookNetwork } from "../testing/table-resolver";

let handle: DatabaseHandle;
const clock = fixedClock(new Date("2030-01-01T10:00:00Z"));
const vault = createVault({ keks: { k1: randomBytes(32) }, activeKekId: "k1", fingerprintKey: randomBytes(32) });
let merchantId: string;
let otherMerchantId: string;
const deps = () => ({ db: handle.db, vault, clock, webhookNetwork: testWebhookNetwork() });

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId }, { merchantId: otherMerchantId }] = merchants;
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  await handle.db.delete(schema.webhookDeliveries);
  await handle.db.delete(schema.events);
  await handle.db.delete(schema.webhookEndpoints);
});

describe("createWebhookEndpoint", () => {
  it("returns a whsec_ secret once, and keeps it only sealed", async () => {
    const created = await createWebhookEndpoint(deps(), {
      merchantId,
      mode: "live",
      url: "https://shop.example/hooks?src=jeton",
      eventTypes: ["transaction.captured", "transaction.refunded", "transaction.captured"],
    });
    expect(created).toMatchObject({
      object: "webhook_endpoint",
      mode: "live",
      url: "https://shop.example/hooks?src=jeton",
      eventTypes: ["transaction.captured", "transaction.refunded"],
      createdAt: clock.now().toISOString(),
    });
    expect(created.id).toMatch(/^we_[A-Za-z0-9_-]{22}$/);
    // 32 random bytes, standard base64, as Standard Webhooks libraries expect.
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(created.secret.slice(6), "base64")).toHaveLength(32);

    const [row] = await handle.db.select().from(schema.webhookEndpoints).where(eq(schema.webhookEndpoints.id, created.id));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(6));
    expect(row!.secretKekId).toBe("k1");
    expect(vault.open(row!.secretSealed, "secret")).toBe(created.secret);
    expect(await revealWebhookEndpointSecret(deps(), { merchantId, mode: "live", endpointId: created.id })).toBe(created.secret);
    await expect(revealWebhookEndpointSecret(deps(), { merchantId: otherMerchantId, mode: "live", endpointId: created.id })).rejects.toMatchObject({
      code: "resource_not_found",
    });

    const again = await createWebhookEndpoint({ ...deps(), webhookNetwork: testWebhookNetwork(true) }, { merchantId, mode: "test", url: "http://localhost:8080/hooks" });
    expect(again.secret).not.toBe(created.secret);
    expect(again.eventTypes).toBeNull();
  });

  it.each([
    ["ftp", "ftp://shop.example/hooks", "test", "url"],
    ["relative", "/hooks", "test", "url"],
    ["not a URL", "not a url", "test", "url"],
    ["javascript:", "javascript:alert(1)", "test", "url"],
    ["plain http in live mode", "http://shop.example/hooks", "live", "url"],
    ["credentials", "https://user:pass@shop.example/hooks", "test", "url"],
    ["over 2048 characters", `https://shop.example/${"a".repeat(2048)}`, "test", "url"],
  ] as const)("refuses a url that is %s", async (_name, url, mode, param) => {
    await expect(createWebhookEndpoint(deps(), { merchantId, mode, url })).rejects.toMatchObject({ code: "parameter_invalid", param });
    expect(await handle.db.select().from(schema.webhookEndpoints)).toHaveLength(0);
  });

  it.each([
    ["empty", []],
    ["not dotted", ["captured"]],
    ["upper case", ["Transaction.Captured"]],
    ["too many", Array.from({ length: 65 }, (_, i) => `transaction.t${i}`)],
    ["not strings", [42 as unknown as string]],
  ])("refuses event types that are %s", async (_name, eventTypes) => {
    await expect(createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop.example/h", eventTypes })).rejects.toMatchObject({
      code: "parameter_invalid",
      param: "events",
    });
    expect(await handle.db.select().from(schema.webhookEndpoints)).toHaveLength(0);
  });
});

describe("list / get / delete", () => {
  it("lists a merchant's endpoints in one mode, newest first, never with secrets or deleted ones", async () => {
    const first = await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/1" });
    clock.advance(1000);
    const second = await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/2" });
    clock.advance(1000);
    const deleted = await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/3" });
    await createWebhookEndpoint(deps(), { merchantId, mode: "live", url: "https://shop-a.example/live" });
    await createWebhookEndpoint(deps(), { merchantId: otherMerchantId, mode: "test", url: "https://shop-b.example/1" });
    await deleteWebhookEndpoint(deps(), { merchantId, mode: "test", endpointId: deleted.id });

    const { data } = await listWebhookEndpoints(deps(), { merchantId, mode: "test" });
    expect(data.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(JSON.stringify(data)).not.toContain("whsec_");
    expect(data[0]).not.toHaveProperty("secret");
    expect(await getWebhookEndpoint(deps(), { merchantId, mode: "test", endpointId: first.id })).toEqual(data[1]);
    await expect(getWebhookEndpoint(deps(), { merchantId, mode: "test", endpointId: deleted.id })).rejects.toMatchObject({ code: "resource_not_found" });
  });

  it("deletes softly, drops pending deliveries, and refuses other merchants' and unknown ids", async () => {
    const endpoint = await createWebhookEndpoint(deps(), { merchantId, mode: "test", url: "https://shop-a.example/1" });
    const { eventId } = await recordEvent(handle.db, clock, { merchantId, mode: "test", type: "transaction.captured", objectId: "tx_1", data: {} });

    for (const [who, mode] of [[otherMerchantId, "test"], [merchantId, "live"]] as const) {
      await expect(deleteWebhookEndpoint(deps(), { merchantId: who, mode, endpointId: endpoint.id })).rejects.toMatchObject({ code: "resource_not_found" });
    }
    await expect(deleteWebhookEndpoint(deps(), { merchantId, mode: "test", endpointId: "we_doesnotexist_at_all" })).rejects.toMatchObject({
      code: "resource_not_found",
    });
    const [untouched] = await handle.db.select().from(schema.webhookEndpoints);
    expect(untouched!.deletedAt).toBeNull();

    expect(await deleteWebhookEndpoint(deps(), { merchantId, mode: "test", endpointId: endpoint.id })).toEqual({
      id: endpoint.id,
      object: "webhook_endpoint",
      deleted: true,
    });
    const [row] = await handle.db.select().from(schema.webhookEndpoints);
    expect(row!.deletedAt).toEqual(clock.now());
    const [delivery] = await handle.db.select().from(schema.webhookDeliveries).where(eq(schema.webhookDeliveries.eventId, eventId));
    expect(delivery).toMatchObject({ status: "failed", nextAttemptAt: null });
    // Twice is not found: it is gone.
    await expect(deleteWebhookEndpoint(deps(), { merchantId, mode: "test", endpointId: endpoint.id })).rejects.toMatchObject({ code: "resource_not_found" });
  });
});
