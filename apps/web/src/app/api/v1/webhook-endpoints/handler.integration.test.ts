import { createMerchant, recordEvent, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errorResponse } from "@/server/http/error-response";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleRedeliverEvent } from "../events/[id]/redeliver/handler";
import { handleGetEvent } from "../events/[id]/handler";
import { handleListEvents } from "../events/handler";
import { handleDeleteWebhookEndpoint, handleGetWebhookEndpoint } from "./[id]/handler";
import { handleCreateWebhookEndpoint, handleListWebhookEndpoints } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;

// Handlers throw; the route adapter turns that into the envelope. Do the same here.
const respond = (pending: Promise<Response>) => pending.catch((error: unknown) => errorResponse(error, ctx.logger));

function create(body: unknown, init: { key?: string; raw?: string; idempotencyKey?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${init.key ?? shopA.keys.test.secretKey}`,
    "content-type": init.contentType ?? "application/json",
  };
  if (init.idempotencyKey) headers["idempotency-key"] = init.idempotencyKey;
  return respond(
    handleCreateWebhookEndpoint(
      new Request("http://localhost/api/v1/webhook-endpoints", { method: "POST", headers, body: init.raw ?? JSON.stringify(body) }),
      ctx,
    ),
  );
}

const auth = (key: string) => ({ authorization: `Bearer ${key}` });
const list = (key = shopA.keys.test.secretKey) =>
  respond(handleListWebhookEndpoints(new Request("http://localhost/api/v1/webhook-endpoints", { headers: auth(key) }), ctx));
const getOne = (id: string, key = shopA.keys.test.secretKey) =>
  respond(handleGetWebhookEndpoint(new Request(`http://localhost/api/v1/webhook-endpoints/${id}`, { headers: auth(key) }), ctx, { id }));
const remove = (id: string, key = shopA.keys.test.secretKey) =>
  respond(
    handleDeleteWebhookEndpoint(new Request(`http://localhost/api/v1/webhook-endpoints/${id}`, { method: "DELETE", headers: auth(key) }), ctx, { id }),
  );
const listEvents = (query = "", key = shopA.keys.test.secretKey) =>
  respond(handleListEvents(new Request(`http://localhost/api/v1/events${query}`, { headers: auth(key) }), ctx));
const getEvent = (id: string, key = shopA.keys.test.secretKey) =>
  respond(handleGetEvent(new Request(`http://localhost/api/v1/events/${id}`, { headers: auth(key) }), ctx, { id }));
const redeliver = (id: string, key = shopA.keys.test.secretKey) =>
  respond(
    handleRedeliverEvent(new Request(`http://localhost/api/v1/events/${id}/redeliver`, { method: "POST", headers: auth(key) }), ctx, { id }),
  );

async function expectError(pending: Promise<Response>, status: number, code: string, param?: string) {
  const response = await pending;
  expect(response.status).toBe(status);
  const { error } = await response.json();
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe("string");
  expect(typeof error.type).toBe("string");
  if (param) expect(error.param).toBe(param);
}

const endpointCount = async () => (await ctx.db.select().from(schema.webhookEndpoints)).length;

beforeAll(async () => {
  ctx = await createTestContext({}, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.webhookDeliveries);
  await ctx.db.delete(schema.events);
  await ctx.db.delete(schema.webhookEndpoints);
  await ctx.db.delete(schema.idempotencyKeys);
});

describe("webhook endpoints API", () => {
  it("creates an endpoint with its secret, then lists and reads it without", async () => {
    const response = await create({ url: "https://shop-a.example/hooks", events: ["transaction.captured"] });
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const created = await response.json();
    expect(created).toMatchObject({
      object: "webhook_endpoint",
      mode: "test",
      url: "https://shop-a.example/hooks",
      eventTypes: ["transaction.captured"],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
    });
    expect(ctx.logs()).not.toContain(created.secret.slice(6));

    const listed = await (await list()).json();
    expect(listed.data).toHaveLength(1);
    expect(listed.data[0]).toEqual({ ...created, secret: undefined, createdAt: created.createdAt });
    expect(JSON.stringify(listed)).not.toContain("whsec_");
    const one = await (await getOne(created.id)).json();
    expect(one.id).toBe(created.id);
    expect(one).not.toHaveProperty("secret");

    // Live keys see live endpoints only.
    expect((await (await list(shopA.keys.live.secretKey)).json()).data).toEqual([]);
  });

  it("replays an Idempotency-Key with the same endpoint and secret, and creates one endpoint only", async () => {
    const body = { url: "https://shop-a.example/hooks" };
    const first = await create(body, { idempotencyKey: "create-hook-1" });
    const second = await create(body, { idempotencyKey: "create-hook-1" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual(a);
    expect(await endpointCount()).toBe(1);
    // The stored answer does not hold the secret in clear.
    const [stored] = await ctx.db.select().from(schema.idempotencyKeys);
    expect(JSON.stringify(stored)).not.toContain(a.secret.slice(6));
    await expectError(create({ url: "https://shop-a.example/other" }, { idempotencyKey: "create-hook-1" }), 409, "idempotency_error");
    expect(await endpointCount()).toBe(1);
  });

  it.each([
    ["malformed JSON", { raw: '{"url": ' }, 400, "invalid_json", undefined],
    ["an array", { raw: "[]" }, 400, "invalid_json", undefined],
    ["no url", { raw: "{}" }, 400, "parameter_invalid", "url"],
    ["a url that is a number", { raw: JSON.stringify({ url: 42 }) }, 400, "parameter_invalid", "url"],
    ["an ftp url", { raw: JSON.stringify({ url: "ftp://shop-a.example/hooks" }) }, 400, "parameter_invalid", "url"],
    ["a relative url", { raw: JSON.stringify({ url: "/hooks" }) }, 400, "parameter_invalid", "url"],
    ["a 3 KB url", { raw: JSON.stringify({ url: `https://shop-a.example/${"a".repeat(3000)}` }) }, 400, "parameter_invalid", "url"],
    ["events as a string", { raw: JSON.stringify({ url: "https://shop-a.example/h", events: "transaction.captured" }) }, 400, "parameter_invalid", "events"],
    ["an empty events list", { raw: JSON.stringify({ url: "https://shop-a.example/h", events: [] }) }, 400, "parameter_invalid", "events"],
    ["a malformed event type", { raw: JSON.stringify({ url: "https://shop-a.example/h", events: ["DROP TABLE"] }) }, 400, "parameter_invalid", "events"],
    ["a number in events", { raw: JSON.stringify({ url: "https://shop-a.example/h", events: [1] }) }, 400, "parameter_invalid", "events[0]"],
    ["an unknown field", { raw: JSON.stringify({ url: "https://shop-a.example/h", secret: "whsec_mine" }) }, 400, "parameter_invalid", undefined],
    ["a form body", { raw: "url=https://shop-a.example/h", contentType: "application/x-www-form-urlencoded" }, 415, "unsupported_media_type", undefined],
    ["a 100 KB body", { raw: JSON.stringify({ url: "https://shop-a.example/h", pad: "x".repeat(100_000) }) }, 413, "body_too_large", undefined],
  ])("answers %s with a 4xx envelope and creates nothing", async (_name, init, status, code, param) => {
    await expectError(create(undefined, init), status, code, param);
    expect(await endpointCount()).toBe(0);
  });

  it("refuses plain http for live keys", async () => {
    await expectError(create({ url: "http://shop-a.example/hooks" }, { key: shopA.keys.live.secretKey }), 400, "parameter_invalid", "url");
    expect((await create({ url: "https://shop-a.example/hooks" }, { key: shopA.keys.live.secretKey })).status).toBe(201);
  });

  it("refuses publishable, unknown and missing keys", async () => {
    await expectError(create({ url: "https://shop-a.example/h" }, { key: shopA.keys.test.publishableKey }), 401, "wrong_key_kind");
    await expectError(create({ url: "https://shop-a.example/h" }, { key: "sk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }), 401, "invalid_api_key");
    await expectError(list(shopA.keys.test.publishableKey), 401, "wrong_key_kind");
    await expectError(listEvents("", shopA.keys.test.publishableKey), 401, "wrong_key_kind");
    await expectError(
      respond(handleListWebhookEndpoints(new Request("http://localhost/api/v1/webhook-endpoints"), ctx)),
      401,
      "authentication_required",
    );
    expect(await endpointCount()).toBe(0);
  });

  it("deletes an endpoint; another merchant's or mode's id is a 404 and changes nothing", async () => {
    const created = await (await create({ url: "https://shop-a.example/hooks" })).json();
    await expectError(remove(created.id, shopB.keys.test.secretKey), 404, "resource_not_found");
    await expectError(remove(created.id, shopA.keys.live.secretKey), 404, "resource_not_found");
    await expectError(getOne(created.id, shopB.keys.test.secretKey), 404, "resource_not_found");
    await expectError(remove("we_unknown_unknown_unknown"), 404, "resource_not_found");
    const [row] = await ctx.db.select().from(schema.webhookEndpoints);
    expect(row!.deletedAt).toBeNull();

    const deleted = await remove(created.id);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ id: created.id, object: "webhook_endpoint", deleted: true });
    expect((await (await list()).json()).data).toEqual([]);
    await expectError(getOne(created.id), 404, "resource_not_found");
    await expectError(remove(created.id), 404, "resource_not_found");
  });
});

describe("webhook endpoints API: addresses the platform must not reach (SSRF)", () => {
  it.each([
    "http://127.0.0.1:5432/",
    "http://10.0.0.7/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://[::1]:8080/",
    "http://[::ffff:127.0.0.1]/",
    "http://[fd00::7]/",
    "http://0.0.0.0:3000/",
    "http://localhost:4000/hooks",
  ])("refuses %s with 400 webhook_url_not_allowed and stores nothing", async (url) => {
    await expectError(create({ url }), 400, "webhook_url_not_allowed", "url");
    await expectError(create({ url }, { idempotencyKey: `ssrf-${url}` }), 400, "webhook_url_not_allowed", "url");
    expect(await endpointCount()).toBe(0);
  });

  it("with JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS, lets test keys register local receivers, never live keys", async () => {
    const lenient = await createTestContext({ JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" });
    try {
      const shop = await createMerchant(lenient, { name: "Local shop" });
      const post = (url: string, key: string) =>
        lenient.respond(
          handleCreateWebhookEndpoint(
            new Request("http://localhost/api/v1/webhook-endpoints", {
              method: "POST",
              headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
              body: JSON.stringify({ url }),
            }),
            lenient,
          ),
        );
      expect((await post("http://127.0.0.1:4000/webhooks/jeton", shop.keys.test.secretKey)).status).toBe(201);
      expect((await post("http://localhost:4000/webhooks/jeton", shop.keys.test.secretKey)).status).toBe(201);
      for (const url of ["https://localhost/hooks", "https://127.0.0.1/hooks", "https://10.0.0.7/hooks"]) {
        const refused = await post(url, shop.keys.live.secretKey);
        expect(refused.status).toBe(400);
        expect((await refused.json()).error).toMatchObject({ code: "webhook_url_not_allowed", param: "url" });
      }
      // Metadata services stay out of reach even for test keys.
      expect((await post("http://169.254.169.254/latest/meta-data/", shop.keys.test.secretKey)).status).toBe(400);
      expect(await lenient.db.select().from(schema.webhookEndpoints)).toEqual([expect.objectContaining({ mode: "test" }), expect.objectContaining({ mode: "test" })]);
    } finally {
      await lenient.handle.close();
    }
  });
});

describe("events API", () => {
  async function emit(merchant: CreatedMerchant, type = "transaction.captured") {
    ctx.clock.advance(1000);
    return (await recordEvent(ctx.db, ctx.clock, { merchantId: merchant.merchantId, mode: "test", type, objectId: "tx_1", data: { amount: 100 } })).eventId;
  }

  it("lists events newest first with cursor pagination, and reads one", async () => {
    const ids = [await emit(shopA), await emit(shopA), await emit(shopA)];
    await emit(shopB);
    const first = await (await listEvents("?limit=2")).json();
    expect(first.data.map((e: { id: string }) => e.id)).toEqual([ids[2], ids[1]]);
    expect(first.hasMore).toBe(true);
    const second = await (await listEvents(`?limit=2&startingAfter=${ids[1]}`)).json();
    expect(second).toMatchObject({ data: [{ id: ids[0], type: "transaction.captured", data: { amount: 100 } }], hasMore: false });
    const one = await (await getEvent(ids[0]!)).json();
    expect(one).toMatchObject({ id: ids[0], object: "event", mode: "test" });
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?limit=abc", "limit"],
    ["?limit=", "limit"],
    ["?limit=1.5", "limit"],
    ["?colour=red", undefined],
  ])("refuses the query %s", async (query, param) => {
    await expectError(listEvents(query), 400, "parameter_invalid", param);
  });

  it("hides other merchants' events and refuses to redeliver them", async () => {
    const theirs = await emit(shopB);
    await expectError(getEvent(theirs), 404, "resource_not_found");
    await expectError(listEvents(`?startingAfter=${theirs}`), 404, "resource_not_found", "startingAfter");
    await expectError(redeliver(theirs), 404, "resource_not_found");
    await expectError(redeliver(theirs, shopA.keys.test.publishableKey), 401, "wrong_key_kind");
    expect(await ctx.db.select().from(schema.webhookDeliveries)).toHaveLength(0);
  });

  it("redelivers an event to the merchant's current endpoints", async () => {
    const eventId = await emit(shopA);
    // The endpoint is created after the event: redelivery reaches it too.
    const endpoint = await (await create({ url: "https://shop-a.example/hooks" })).json();
    const response = await redeliver(eventId);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toEqual([
      expect.objectContaining({ object: "webhook_delivery", eventId, endpointId: endpoint.id, status: "pending", attempts: 0, nextAttemptAt: ctx.clock.now().toISOString() }),
    ]);
    expect(await ctx.db.select().from(schema.webhookDeliveries)).toHaveLength(1);
  });
});
