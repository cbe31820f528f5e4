import { authenticateApiKey, createMerchant, createWebhookEndpoint, deliverDueWebhooks, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handleStaffMutation, type StaffMutationInput, type StaffMutationOptions, type StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { rollSecretKey, rollSecretKeyOptions } from "./keys/roll/handler";
import { createWebhookEndpoint as createEndpointMutation, createWebhookEndpointOptions } from "./webhooks/create/handler";
import { deleteWebhookEndpoint, deleteWebhookEndpointOptions } from "./webhooks/[id]/delete/handler";
import { redeliverWebhookEvent, redeliverWebhookEventOptions } from "./webhooks/[id]/redeliver/handler";
import { sendTestWebhook, sendTestWebhookOptions } from "./webhooks/[id]/test/handler";

let ctx: TestContext;
let shop: CreatedMerchant;
let other: CreatedMerchant;
let admin: TestStaff;
let owner: TestStaff;
let adminLive: TestStaff;
let adminOfOther: TestStaff;

const BACK = { back: "/dashboard/settings/developers" };
function post<P>(
  who: TestStaff,
  path: string,
  options: StaffMutationOptions<P>,
  run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome>,
  { params = {} as P, fields = {}, json = false }: { params?: P; fields?: Record<string, string>; json?: boolean } = {},
) {
  const request = staffFormRequest(ctx, who, path, { ...BACK, ...fields }, json ? { accept: "application/json" } : {});
  return handleStaffMutation(ctx, request, params, options, run);
}
const roll = (who: TestStaff, json = true) => post(who, "/dashboard/settings/developers/keys/roll", rollSecretKeyOptions, rollSecretKey, { json });
const auditText = async () => JSON.stringify(await ctx.db.select().from(schema.auditLog));
const lastAudit = async () => (await ctx.db.select().from(schema.auditLog)).at(-1)!;

beforeAll(async () => {
  // Logging at debug level: whatever the handlers log, none of it may hold a secret.
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example", LOG_LEVEL: "debug" }, { merchants: 2 });
  [shop, other] = ctx.merchants;
  admin = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "admin" });
  owner = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "owner" });
  adminLive = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "admin", mode: "live" });
  adminOfOther = await createTestStaff(ctx, { merchantId: other.merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.auditLog);
});

describe("POST /dashboard/settings/developers/keys/roll", () => {
  it("rolls the session mode's secret key: the old one fails, the new one (returned once, as JSON) works; no secret is audited or logged", async () => {
    const response = await roll(admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.secretKey).toMatch(/^sk_test_/);
    await expect(authenticateApiKey(ctx, shop.keys.test.secretKey, "secret")).rejects.toMatchObject({ code: "invalid_api_key" });
    expect(await authenticateApiKey(ctx, body.secretKey, "secret")).toMatchObject({ merchantId: shop.merchantId, mode: "test" });
    // Live keys, publishable keys and other merchants' keys are untouched.
    expect(await authenticateApiKey(ctx, shop.keys.live.secretKey, "secret")).toMatchObject({ mode: "live" });
    expect(await authenticateApiKey(ctx, shop.keys.test.publishableKey, "publishable")).toMatchObject({ mode: "test" });
    expect(await authenticateApiKey(ctx, other.keys.test.secretKey, "secret")).toMatchObject({ merchantId: other.merchantId });

    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: "api_key.roll", outcome: "success", mode: "test", targetType: "api_key", targetId: body.keyId, details: { mode: "test", revoked: 1 } });
    const secretBody = body.secretKey.slice("sk_test_".length);
    expect(await auditText()).not.toContain(secretBody);
    expect(ctx.logs()).not.toContain(secretBody);

    // An owner may roll too.
    const again = await (await roll(owner)).json();
    await expect(authenticateApiKey(ctx, body.secretKey, "secret")).rejects.toMatchObject({ code: "invalid_api_key" });
    expect(await authenticateApiKey(ctx, again.secretKey, "secret")).toMatchObject({ mode: "test" });
  });

  it("without JavaScript, lands on the page with a notice and no secret anywhere in the redirect", async () => {
    const response = await roll(admin, false);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://pay.example/dashboard/settings/developers?notice=secret_key_rolled");
    const [current] = await ctx.db.select().from(schema.apiKeys).where(eq(schema.apiKeys.id, (await lastAudit()).targetId!));
    expect(current).toMatchObject({ merchantId: shop.merchantId, mode: "test", kind: "secret", revokedAt: null });
  });

  it("rolls the live key for a session switched to live data, and leaves the test key alone", async () => {
    const live = await (await roll(adminLive)).json();
    expect(live.secretKey).toMatch(/^sk_live_/);
    await expect(authenticateApiKey(ctx, shop.keys.live.secretKey, "secret")).rejects.toMatchObject({ code: "invalid_api_key" });
    const testKeys = await ctx.db.select().from(schema.apiKeys).where(eq(schema.apiKeys.merchantId, shop.merchantId));
    expect(testKeys.filter((k) => k.mode === "test" && k.kind === "secret" && k.revokedAt === null)).toHaveLength(1);
  });
});

describe("webhook endpoints", () => {
  it("creates an endpoint in the session's mode; its whsec_ secret comes back once, as JSON, and is neither audited nor logged", async () => {
    const response = await post(admin, "/dashboard/settings/developers/webhooks/create", createWebhookEndpointOptions, createEndpointMutation, {
      fields: { url: "https://shop.example/hooks", events: "transaction.captured, refund.created\ncustomer.created" },
      json: true,
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ mode: "test", url: "https://shop.example/hooks", eventTypes: ["transaction.captured", "refund.created", "customer.created"] });
    expect(body.secret).toMatch(/^whsec_/);
    expect(await lastAudit()).toMatchObject({ action: "webhook_endpoint.create", outcome: "success", targetId: body.id });
    expect(await auditText()).not.toContain(body.secret.slice(6));
    expect(ctx.logs()).not.toContain(body.secret.slice(6));

    // Without JavaScript: the endpoint page, and no secret in the URL.
    const plain = await post(admin, "/dashboard/settings/developers/webhooks/create", createWebhookEndpointOptions, createEndpointMutation, { fields: { url: "https://shop.example/hooks2", events: "" } });
    const location = new URL(plain.headers.get("location")!);
    expect(location.pathname).toMatch(/^\/dashboard\/settings\/developers\/webhooks\/we_/);
    expect(location.search).toBe("?notice=webhook_endpoint_created");
    const [created] = await ctx.db.select().from(schema.webhookEndpoints).where(eq(schema.webhookEndpoints.url, "https://shop.example/hooks2"));
    expect(created).toMatchObject({ eventTypes: null, mode: "test", merchantId: shop.merchantId });
  });

  it.each([
    [{ url: "not a url" }, "url"],
    [{ url: "https://u:p@shop.example/hooks" }, "url"],
    [{ url: "https://shop.example/hooks", events: "Not-A-Type" }, "events"],
  ])("refuses %j", async (fields, param) => {
    const response = await post(admin, "/dashboard/settings/developers/webhooks/create", createWebhookEndpointOptions, createEndpointMutation, { fields });
    expect(new URL(response.headers.get("location")!).searchParams.get("param")).toBe(param);
  });

  it.each(["http://127.0.0.1:5432/", "http://10.0.0.7/", "http://169.254.169.254/latest/meta-data/", "http://localhost:4000/hooks"])(
    "refuses %s (an address the platform must not reach) and stores nothing",
    async (url) => {
      const before = (await ctx.db.select().from(schema.webhookEndpoints)).length;
      const response = await post(admin, "/dashboard/settings/developers/webhooks/create", createWebhookEndpointOptions, createEndpointMutation, { fields: { url } });
      const location = new URL(response.headers.get("location")!);
      expect(location.searchParams.get("error")).toBe("webhook_url_not_allowed");
      expect(location.searchParams.get("param")).toBe("url");
      expect((await ctx.db.select().from(schema.webhookEndpoints)).length).toBe(before);
    },
  );

  it("refuses an http URL for live data", async () => {
    const response = await post(adminLive, "/dashboard/settings/developers/webhooks/create", createWebhookEndpointOptions, createEndpointMutation, {
      fields: { url: "http://shop.example/hooks" },
    });
    expect(new URL(response.headers.get("location")!).searchParams.get("param")).toBe("url");
  });

  it("sends a test event to exactly one endpoint, which the worker delivers and the log shows; redelivery keeps it there", async () => {
    const target = await createWebhookEndpoint(ctx, { merchantId: shop.merchantId, mode: "test", url: "https://receiver.example/a", eventTypes: ["refund.created"] });
    const bystander = await createWebhookEndpoint(ctx, { merchantId: shop.merchantId, mode: "test", url: "https://receiver.example/all" });
    const path = `/dashboard/settings/developers/webhooks/${target.id}/test`;
    const response = await post(admin, path, sendTestWebhookOptions, sendTestWebhook, { params: { id: target.id } });
    expect(response.headers.get("location")).toBe(`https://pay.example/dashboard/settings/developers/webhooks/${target.id}?notice=test_sent`);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: "webhook_endpoint.test", outcome: "success", targetType: "webhook_endpoint", targetId: target.id });
    const eventId = (entry.details as { eventId: string }).eventId;
    const deliveries = await ctx.db.select().from(schema.webhookDeliveries).where(eq(schema.webhookDeliveries.eventId, eventId));
    expect(deliveries.map((d) => d.endpointId)).toEqual([target.id]);

    const hits: { url: string; body: string; headers: Record<string, string> }[] = [];
    await deliverDueWebhooks({
      db: ctx.db,
      vault: ctx.vault,
      // Real time: the signature's timestamp is checked against the receiver's clock.
      clock: { now: () => new Date() },
      webhookNetwork: ctx.webhookNetwork,
      fetch: (async (url: string, init: RequestInit) => {
        hits.push({ url, body: String(init.body), headers: init.headers as Record<string, string> });
        return new Response(null, { status: 204 });
      }) as unknown as typeof fetch,
    });
    const mine = hits.filter((hit) => JSON.parse(hit.body).id === eventId);
    expect(mine.map((hit) => hit.url)).toEqual([target.url]);
    expect(new Webhook(target.secret).verify(mine[0]!.body, mine[0]!.headers)).toMatchObject({ type: "webhook.test" });
    expect(hits.some((hit) => hit.url === bystander.url)).toBe(false);

    const redo = await post(admin, `/dashboard/settings/developers/webhooks/${target.id}/redeliver`, redeliverWebhookEventOptions, redeliverWebhookEvent, {
      params: { id: target.id },
      fields: { eventId },
      json: true,
    });
    expect((await redo.json()).data.map((d: { endpointId: string }) => d.endpointId)).toEqual([target.id]);
    expect(await lastAudit()).toMatchObject({ action: "webhook_event.redeliver", outcome: "success", targetType: "event", targetId: eventId });
  });

  it("refuses to test, redeliver or delete another merchant's or another mode's endpoint or event, changing nothing", async () => {
    const theirs = await createWebhookEndpoint(ctx, { merchantId: other.merchantId, mode: "test", url: "https://other.example/hooks" });
    const live = await createWebhookEndpoint(ctx, { merchantId: shop.merchantId, mode: "live", url: "https://shop.example/live" });
    const eventsBefore = (await ctx.db.select().from(schema.events)).length;
    for (const id of [theirs.id, live.id, "we_unknownunknownunknown", "../../etc"]) {
      const tested = await post(admin, `/dashboard/settings/developers/webhooks/x/test`, sendTestWebhookOptions, sendTestWebhook, { params: { id } });
      expect(new URL(tested.headers.get("location")!).searchParams.get("error")).toBe("resource_not_found");
      const deleted = await post(admin, `/dashboard/settings/developers/webhooks/x/delete`, deleteWebhookEndpointOptions, deleteWebhookEndpoint, { params: { id } });
      expect(new URL(deleted.headers.get("location")!).searchParams.get("error")).toBe("resource_not_found");
    }
    expect((await ctx.db.select().from(schema.events)).length).toBe(eventsBefore);
    const endpoints = await ctx.db.select().from(schema.webhookEndpoints);
    expect(endpoints.find((e) => e.id === theirs.id)?.deletedAt).toBeNull();
    expect(endpoints.find((e) => e.id === live.id)?.deletedAt).toBeNull();

    // The other merchant's own admin may test their endpoint; that event is still not ours to redeliver.
    const testOfTheirs = await post(adminOfOther, `/dashboard/settings/developers/webhooks/${theirs.id}/test`, sendTestWebhookOptions, sendTestWebhook, { params: { id: theirs.id } });
    expect(testOfTheirs.headers.get("location")).toContain("notice=test_sent");
    const theirEventId = ((await lastAudit()).details as { eventId: string }).eventId;
    const redo = await post(admin, `/dashboard/settings/developers/webhooks/x/redeliver`, redeliverWebhookEventOptions, redeliverWebhookEvent, {
      params: { id: "x" },
      fields: { eventId: theirEventId },
    });
    expect(new URL(redo.headers.get("location")!).searchParams.get("error")).toBe("resource_not_found");
  });

  it("deletes an endpoint of the session's mode", async () => {
    const endpoint = await createWebhookEndpoint(ctx, { merchantId: shop.merchantId, mode: "test", url: "https://shop.example/old" });
    const response = await post(owner, `/dashboard/settings/developers/webhooks/${endpoint.id}/delete`, deleteWebhookEndpointOptions, deleteWebhookEndpoint, {
      params: { id: endpoint.id },
    });
    expect(response.headers.get("location")).toBe("https://pay.example/dashboard/settings/developers?notice=webhook_endpoint_deleted");
    const [row] = await ctx.db.select().from(schema.webhookEndpoints).where(eq(schema.webhookEndpoints.id, endpoint.id));
    expect(row!.deletedAt).not.toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "webhook_endpoint.delete", outcome: "success", targetId: endpoint.id });
  });
});
