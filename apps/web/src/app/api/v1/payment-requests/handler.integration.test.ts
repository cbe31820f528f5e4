import { createMerchant, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { expectOneIdempotentRun } from "@/server/testing/expect-one-idempotent-run";
import { handleCancelPaymentRequest } from "./[id]/cancel/handler";
import { handleGetPaymentRequest } from "./[id]/handler";
import { handleCreatePaymentRequest } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;

const valid = {
  amount: 2500,
  currency: "EUR",
  merchantReference: "order-1",
  description: "T-shirt",
  customerEmail: "ada@example.com",
  locale: "fr",
  returnUrl: "https://shop-a.example/return?order=1",
  cancelUrl: "https://shop-a.example/cancel",
};

function create(body: unknown, { key = shopA.keys.test.secretKey, idempotencyKey, raw }: { key?: string; idempotencyKey?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
  return ctx.respond(
    handleCreatePaymentRequest(
      new Request("http://localhost/api/v1/payment-requests", { method: "POST", headers, body: raw ?? JSON.stringify(body) }),
      ctx,
    ),
  );
}

const get = (id: string, key = shopA.keys.test.secretKey) =>
  ctx.respond(
    handleGetPaymentRequest(new Request(`http://localhost/api/v1/payment-requests/${id}`, { headers: { authorization: `Bearer ${key}` } }), ctx, { id }),
  );
const cancel = (id: string, key = shopA.keys.test.secretKey) =>
  ctx.respond(
    handleCancelPaymentRequest(
      new Request(`http://localhost/api/v1/payment-requests/${id}/cancel`, { method: "POST", headers: { authorization: `Bearer ${key}` } }),
      ctx,
      { id },
    ),
  );

async function expectError(pending: Promise<Response>, status: number, code: string) {
  const response = await pending;
  expect(response.status).toBe(status);
  expect((await response.json()).error.code).toBe(code);
}

const count = async () => (await ctx.db.select().from(schema.paymentRequests)).length;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.idempotencyKeys);
  await ctx.db.delete(schema.paymentRequests);
});

describe("POST /api/v1/payment-requests", () => {
  it("creates an open request with its redirect and embed URLs", async () => {
    const response = await create(valid);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      object: "payment_request",
      status: "open",
      intent: "payment",
      amount: 2500,
      currency: "EUR",
      captureMode: "automatic",
      merchantReference: "order-1",
      returnUrl: valid.returnUrl,
      mode: "test",
      attempts: 0,
    });
    expect(body.id).toMatch(/^pr_/);
    expect(body.url).toBe(`https://pay.example/pay/${body.id}`);
    expect(body.embedUrl).toBe(`https://pay.example/embed/${body.id}`);
    const lifetime = new Date(body.expiresAt).getTime() - ctx.clock.now().getTime();
    expect(lifetime).toBe(24 * 60 * 60 * 1000);
  });

  it("accepts a TND amount in millimes and a tokenize intent with amount 0", async () => {
    expect((await create({ ...valid, amount: 12345, currency: "TND" })).status).toBe(201);
    const tokenize = await create({ ...valid, amount: 0, intent: "tokenize", saveCard: true });
    expect(tokenize.status).toBe(201);
  });

  it.each([
    ["missing amount", { ...valid, amount: undefined }, 400, "parameter_invalid", "amount"],
    ["missing returnUrl", { ...valid, returnUrl: undefined }, 400, "parameter_invalid", "returnUrl"],
    ["a negative amount", { ...valid, amount: -5 }, 400, "parameter_invalid", "amount"],
    ["a fractional amount", { ...valid, amount: 12.5 }, 400, "parameter_invalid", "amount"],
    ["an amount as a string", { ...valid, amount: "2500" }, 400, "parameter_invalid", "amount"],
    ["a zero payment", { ...valid, amount: 0 }, 400, "parameter_invalid", "amount"],
    ["an unknown currency", { ...valid, currency: "XYZ" }, 400, "parameter_invalid", "currency"],
    ["a lowercase currency", { ...valid, currency: "eur" }, 400, "parameter_invalid", "currency"],
    ["an http return URL not registered", { ...valid, returnUrl: "http://shop-a.example/return" }, 400, "return_url_not_allowed", "returnUrl"],
    ["another merchant's return URL", { ...valid, returnUrl: "https://shop-b.example/return" }, 400, "return_url_not_allowed", "returnUrl"],
    ["a look-alike host", { ...valid, returnUrl: "https://shop-a.example.evil.com/" }, 400, "return_url_not_allowed", "returnUrl"],
    ["a cancel URL elsewhere", { ...valid, cancelUrl: "https://evil.example/" }, 400, "return_url_not_allowed", "cancelUrl"],
    ["an unknown field", { ...valid, amount_cents: 5 }, 400, "parameter_invalid", undefined],
    ["a bad locale", { ...valid, locale: "de" }, 400, "parameter_invalid", "locale"],
    ["an expiry in the past", { ...valid, expiresAt: "2001-01-01T00:00:00Z" }, 400, "parameter_invalid", "expiresAt"],
    ["a customerId without saveCard", { ...valid, customerId: "cus_AAAAAAAAAAAAAAAAAAAAAA" }, 400, "parameter_invalid", "customerId"],
    ["an unknown customerId", { ...valid, saveCard: true, customerId: "cus_AAAAAAAAAAAAAAAAAAAAAA" }, 404, "resource_not_found", "customerId"],
    ["a customerId of the wrong shape", { ...valid, saveCard: true, customerId: 42 }, 400, "parameter_invalid", "customerId"],
  ])("refuses %s, creating nothing", async (_name, body, status, code, param) => {
    const response = await create(body);
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    if (param) expect(error.param).toBe(param);
    expect(await count()).toBe(0);
  });

  it("refuses malformed JSON, huge bodies and publishable keys", async () => {
    await expectError(create(undefined, { raw: "{nope" }), 400, "invalid_json");
    await expectError(create(undefined, { raw: JSON.stringify({ ...valid, description: "x".repeat(1 << 20) }) }), 413, "body_too_large");
    await expectError(create(valid, { key: shopA.keys.test.publishableKey }), 401, "wrong_key_kind");
    expect(await count()).toBe(0);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first answer for the same key and body", async () => {
    const first = await create(valid, { idempotencyKey: "k-1" });
    const second = await create(valid, { idempotencyKey: "k-1" });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect((await second.json()).id).toBe((await first.json()).id);
    expect(await count()).toBe(1);
  });

  it("refuses the same key with another body", async () => {
    await create(valid, { idempotencyKey: "k-2" });
    await expectError(create({ ...valid, amount: 9999 }, { idempotencyKey: "k-2" }), 409, "idempotency_error");
    expect(await count()).toBe(1);
  });

  it("replays a 4xx answer too, and keys are per merchant", async () => {
    const bad = await create({ ...valid, currency: "XYZ" }, { idempotencyKey: "k-3" });
    const again = await create({ ...valid, currency: "XYZ" }, { idempotencyKey: "k-3" });
    expect(bad.status).toBe(400);
    expect(again.status).toBe(400);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const otherMerchant = await create({ ...valid, returnUrl: "https://shop-b.example/r", cancelUrl: undefined }, { key: shopB.keys.test.secretKey, idempotencyKey: "k-3" });
    expect(otherMerchant.status).toBe(201);
  });

  it("makes exactly one payment request out of 20 concurrent POSTs with one key", async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => create(valid, { idempotencyKey: "k-concurrent" })));
    await expectOneIdempotentRun(responses);
    expect(await count()).toBe(1);
  });
});

describe("GET and cancel", () => {
  it("reads and cancels the merchant's own request, once", async () => {
    const { id } = await (await create(valid)).json();
    expect(await (await get(id)).json()).toMatchObject({ id, status: "open" });
    const canceled = await cancel(id);
    expect(canceled.status).toBe(200);
    expect(await canceled.json()).toMatchObject({ id, status: "canceled" });
    await expectError(cancel(id), 409, "payment_request_not_open");
  });

  it("treats another merchant's ids as unknown and changes nothing", async () => {
    const { id } = await (await create(valid)).json();
    await expectError(get(id, shopB.keys.test.secretKey), 404, "resource_not_found");
    await expectError(cancel(id, shopB.keys.test.secretKey), 404, "resource_not_found");
    await expectError(get(id, shopA.keys.live.secretKey), 404, "resource_not_found");
    await expectError(get("pr_doesnotexist00000000"), 404, "resource_not_found");
    await expectError(get("'; DROP TABLE x; --"), 404, "resource_not_found");
    expect(await (await get(id)).json()).toMatchObject({ status: "open" });
  });

  it("reports an open request past its expiry as expired", async () => {
    const { id } = await (await create({ ...valid, expiresAt: new Date(ctx.clock.now().getTime() + 120_000).toISOString() })).json();
    ctx.clock.advance(121_000);
    try {
      expect(await (await get(id)).json()).toMatchObject({ status: "expired" });
      await expectError(cancel(id), 409, "payment_request_not_open");
    } finally {
      ctx.clock.advance(-121_000);
    }
  });
});
