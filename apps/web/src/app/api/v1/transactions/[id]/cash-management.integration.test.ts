import { createMerchant, createPaymentRequest, settleTransactions, submitPaymentAttempt, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { expectOneIdempotentRun } from "@/server/testing/expect-one-idempotent-run";
import { handleCancelTransaction } from "./cancel/handler";
import { handleCaptureTransaction } from "./capture/handler";
import { handleCreateRefund, handleListRefunds } from "./refunds/handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
});
afterAll(async () => {
  await ctx?.handle.close();
});

/** A payment made on the hosted page with 4242: `authorized` (manual) or `captured` (automatic). */
async function pay(captureMode: "manual" | "automatic", amount = 10_000): Promise<string> {
  const request = await createPaymentRequest(ctx, {
    merchantId: shopA.merchantId,
    mode: "test",
    input: { amount, currency: "EUR", returnUrl: "https://shop-a.example/r", captureMode },
  });
  const result = await submitPaymentAttempt(ctx, {
    paymentRequestId: request.id,
    card: { number: "4242424242424242", expMonth: "12", expYear: "2030", cvc: "123" },
    challengeWindowSize: "05",
  });
  if (result.kind !== "completed") throw new Error(`expected a completed payment, got ${result.kind}`);
  return result.transaction.id;
}

async function settle(): Promise<void> {
  ctx.clock.advance(1000);
  await settleTransactions(ctx, {});
}

interface CallOptions {
  key?: string;
  idempotencyKey?: string;
  /** The exact body text; `null` sends no body and no Content-Type. */
  raw?: string | null;
}

function post(path: string, handler: typeof handleCaptureTransaction, id: string, body: unknown, options: CallOptions = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${options.key ?? shopA.keys.test.secretKey}` };
  const raw = options.raw === undefined ? JSON.stringify(body) : options.raw;
  if (raw !== null) headers["content-type"] = "application/json";
  if (options.idempotencyKey) headers["idempotency-key"] = options.idempotencyKey;
  const init: RequestInit = { method: "POST", headers };
  if (raw !== null) init.body = raw;
  return ctx.respond(handler(new Request(`http://localhost/api/v1/transactions/${id}/${path}`, init), ctx, { id }));
}
const capture = (id: string, body: unknown = {}, options?: CallOptions) => post("capture", handleCaptureTransaction, id, body, options);
const cancel = (id: string, options: CallOptions = {}) => post("cancel", handleCancelTransaction, id, undefined, { raw: null, ...options });
const refund = (id: string, body: unknown = {}, options?: CallOptions) => post("refunds", handleCreateRefund, id, body, options);
const listRefunds = (id: string, { key = shopA.keys.test.secretKey, query = "" } = {}) =>
  ctx.respond(
    handleListRefunds(new Request(`http://localhost/api/v1/transactions/${id}/refunds${query}`, { headers: { authorization: `Bearer ${key}` } }), ctx, { id }),
  );

async function expectError(pending: Promise<Response>, status: number, code: string) {
  const response = await pending;
  const body = await response.json();
  expect({ status: response.status, code: body.error?.code }).toEqual({ status, code });
  return body.error;
}

async function snapshot(id: string) {
  const [row] = await ctx.db.select().from(schema.transactions).where(eq(schema.transactions.id, id));
  const refunds = await ctx.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, id));
  const events = await ctx.db.select().from(schema.events).where(eq(schema.events.objectId, id));
  return { status: row?.status, capturedAmount: row?.capturedAmount, refundedAmount: row?.refundedAmount, refunds: refunds.length, events: events.length };
}

describe("POST /api/v1/transactions/{id}/capture", () => {
  it("captures part of a manual authorization, then refuses a second capture", async () => {
    const id = await pay("manual");
    const response = await capture(id, { amount: 6000 });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, object: "transaction", status: "captured", amount: 10_000, capturedAmount: 6000, refundedAmount: 0 });
    await expectError(capture(id, {}), 409, "transaction_not_capturable");
  });

  it("captures the whole authorization with no body at all", async () => {
    const id = await pay("manual", 4200);
    const response = await capture(id, undefined, { raw: null });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "captured", capturedAmount: 4200 });
  });

  it("takes an empty body without Content-Type as {}, but not a non-empty one", async () => {
    const send = (id: string, body: Uint8Array) =>
      ctx.respond(
        handleCaptureTransaction(
          new Request(`http://localhost/api/v1/transactions/${id}/capture`, { method: "POST", headers: { authorization: `Bearer ${shopA.keys.test.secretKey}` }, body }),
          ctx,
          { id },
        ),
      );
    const id = await pay("manual", 4200);
    await expectError(send(id, new TextEncoder().encode('{"amount":1}')), 415, "unsupported_media_type");
    expect((await snapshot(id)).status).toBe("authorized");
    const response = await send(id, new Uint8Array(0));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "captured", capturedAmount: 4200 });
  });

  it("refuses automatic capture, too much, and after 7 days", async () => {
    await expectError(capture(await pay("automatic"), {}), 409, "transaction_not_capturable");
    const id = await pay("manual");
    const error = await expectError(capture(id, { amount: 10_001 }), 400, "capture_exceeds_authorized");
    expect(error.param).toBe("amount");
    ctx.clock.advance(7 * 24 * 3600 * 1000 + 1);
    await expectError(capture(id, {}), 409, "transaction_not_capturable");
    expect(await snapshot(id)).toMatchObject({ status: "authorized", capturedAmount: 0 });
  });

  it.each([
    ["a negative amount", { amount: -1 }],
    ["a zero amount", { amount: 0 }],
    ["a fractional amount", { amount: 12.5 }],
    ["a huge amount", { amount: 2 ** 63 }],
    ["an amount as a string", { amount: "6000" }],
    ["an unknown field", { amount: 100, currency: "USD" }],
    ["null", { amount: null }],
  ])("refuses %s, changing nothing", async (_name, body) => {
    const id = await pay("manual");
    const before = await snapshot(id);
    await expectError(capture(id, body), 400, "parameter_invalid");
    expect(await snapshot(id)).toEqual(before);
  });

  it("refuses malformed JSON, arrays, huge bodies, wrong media types and publishable keys", async () => {
    const id = await pay("manual");
    const before = await snapshot(id);
    await expectError(capture(id, undefined, { raw: "{nope" }), 400, "invalid_json");
    await expectError(capture(id, undefined, { raw: "[1]" }), 400, "invalid_json");
    await expectError(capture(id, undefined, { raw: "" }), 400, "invalid_json");
    await expectError(capture(id, undefined, { raw: JSON.stringify({ amount: 1, pad: "x".repeat(100_000) }) }), 413, "body_too_large");
    await expectError(
      ctx.respond(
        handleCaptureTransaction(
          new Request(`http://localhost/api/v1/transactions/${id}/capture`, {
            method: "POST",
            headers: { authorization: `Bearer ${shopA.keys.test.secretKey}`, "content-type": "text/plain" },
            body: "amount=1",
          }),
          ctx,
          { id },
        ),
      ),
      415,
      "unsupported_media_type",
    );
    await expectError(capture(id, {}, { key: shopA.keys.test.publishableKey }), 401, "wrong_key_kind");
    await expectError(capture(id, {}, { key: "sk_test_not_a_real_key_0000000000" }), 401, "invalid_api_key");
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("POST /api/v1/transactions/{id}/cancel", () => {
  it("cancels an authorization and a capture before settlement; refuses after settlement", async () => {
    const authorized = await pay("manual");
    const response = await cancel(authorized);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: authorized, status: "canceled", canceledAt: expect.any(String) });
    await expectError(cancel(authorized), 409, "transaction_not_cancelable");

    expect(await (await cancel(await pay("automatic"))).json()).toMatchObject({ status: "canceled" });

    const settled = await pay("automatic");
    await settle();
    await expectError(cancel(settled), 409, "transaction_not_cancelable");
    expect((await snapshot(settled)).status).toBe("settled");
  });
});

describe("POST and GET /api/v1/transactions/{id}/refunds", () => {
  it("partial capture, then settle, then partial and total refunds, listed in order", async () => {
    const id = await pay("manual", 10_000);
    await capture(id, { amount: 8000 });
    await expectError(refund(id, { amount: 100 }), 409, "transaction_not_refundable");
    await settle();

    const first = await refund(id, { amount: 3000, reason: "one item returned" });
    expect(first.status).toBe(201);
    const body = await first.json();
    expect(body).toMatchObject({
      object: "refund",
      amount: 3000,
      currency: "EUR",
      status: "succeeded",
      reason: "one item returned",
      transactionId: id,
      transaction: { id, status: "partially_refunded", capturedAmount: 8000, refundedAmount: 3000, settledAt: expect.any(String), settlementId: expect.stringMatching(/^stl_/) },
    });
    expect(body.id).toMatch(/^re_/);
    const error = await expectError(refund(id, { amount: 5001 }), 400, "refund_exceeds_remaining");
    expect(error.param).toBe("amount");
    ctx.clock.advance(1);
    const rest = await (await refund(id, undefined, { raw: null })).json();
    expect(rest).toMatchObject({ amount: 5000, transaction: { status: "refunded", refundedAmount: 8000 } });
    await expectError(refund(id, { amount: 1 }), 409, "transaction_not_refundable");

    const list = await listRefunds(id);
    expect(list.status).toBe(200);
    const page = await list.json();
    expect(page).toMatchObject({ object: "list", hasMore: false });
    expect(page.data.map((r: { id: string }) => r.id)).toEqual([body.id, rest.id]);
    const firstPage = await (await listRefunds(id, { query: "?limit=1" })).json();
    expect(firstPage).toMatchObject({ hasMore: true, data: [{ id: body.id }] });
    await expectError(listRefunds(id, { query: "?limit=0" }), 400, "parameter_invalid");
    await expectError(listRefunds(id, { query: "?colour=red" }), 400, "parameter_invalid");
  });

  it("refuses bad bodies, changing nothing", async () => {
    const id = await pay("automatic", 5000);
    await settle();
    const before = await snapshot(id);
    for (const body of [{ amount: -5 }, { amount: 0.1 }, { amount: 1e300 }, { amount: "5" }, { reason: 42 }, { reason: "" }, { reason: "x".repeat(501) }, { amount: 1, extra: true }]) {
      await expectError(refund(id, body), 400, "parameter_invalid");
    }
    await expectError(refund(id, undefined, { raw: "{\"amount\": 1," }), 400, "invalid_json");
    await expectError(refund(id, undefined, { raw: "\"1\"" }), 400, "invalid_json");
    expect(await snapshot(id)).toEqual(before);
  });

  it("10 concurrent refunds that exceed the amount together never refund more than was captured", async () => {
    const id = await pay("automatic", 10_000);
    await settle();
    const responses = await Promise.all(Array.from({ length: 10 }, () => refund(id, { amount: 3000 })));
    const outcomes = await Promise.all(responses.map(async (r) => `${r.status} ${r.status === 201 ? "" : (await r.json()).error.code}`));
    expect(outcomes.sort()).toEqual([...Array(3).fill("201 "), ...Array(7).fill("400 refund_exceeds_remaining")]);
    const after = await snapshot(id);
    expect(after).toMatchObject({ status: "partially_refunded", refundedAmount: 9000, refunds: 3 });
    const refunds = await ctx.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, id));
    expect(refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(9000);
    // The last 1000 can still be refunded, and then nothing more.
    expect((await refund(id, {})).status).toBe(201);
    await expectError(refund(id, { amount: 1 }), 409, "transaction_not_refundable");
    expect(await snapshot(id)).toMatchObject({ status: "refunded", refundedAmount: 10_000, refunds: 4 });
  });

  it("replays a refund sent twice with one Idempotency-Key: one refund", async () => {
    const id = await pay("automatic", 10_000);
    await settle();
    const first = await refund(id, { amount: 1000 }, { idempotencyKey: "refund-1" });
    const again = await refund(id, { amount: 1000 }, { idempotencyKey: "refund-1" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await again.json()).id).toBe((await first.json()).id);
    await expectError(refund(id, { amount: 2000 }, { idempotencyKey: "refund-1" }), 409, "idempotency_error");
    const concurrent = await Promise.all(Array.from({ length: 10 }, () => refund(id, { amount: 500 }, { idempotencyKey: "refund-2" })));
    await expectOneIdempotentRun(concurrent);
    expect(await snapshot(id)).toMatchObject({ refundedAmount: 1500, refunds: 2 });
  });

  it("replays a capture and a cancel under their keys", async () => {
    const id = await pay("manual");
    const first = await capture(id, { amount: 100 }, { idempotencyKey: "cap-1" });
    const again = await capture(id, { amount: 100 }, { idempotencyKey: "cap-1" });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.json()).toEqual(await first.json());
    const canceled = await cancel(id, { idempotencyKey: "cancel-1" });
    const replay = await cancel(id, { idempotencyKey: "cancel-1" });
    expect(canceled.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect((await snapshot(id)).events).toBe(3); // authorized, captured, canceled
  });
});

describe("another merchant's transactions", () => {
  it("answers 404 to merchant B's key and to A's live key, and changes nothing", async () => {
    const authorized = await pay("manual");
    const settled = await pay("automatic");
    await settle();
    const before = [await snapshot(authorized), await snapshot(settled)];
    for (const key of [shopB.keys.test.secretKey, shopA.keys.live.secretKey]) {
      await expectError(capture(authorized, {}, { key }), 404, "resource_not_found");
      await expectError(cancel(authorized, { key }), 404, "resource_not_found");
      await expectError(refund(settled, { amount: 1 }, { key }), 404, "resource_not_found");
      await expectError(listRefunds(settled, { key }), 404, "resource_not_found");
    }
    await expectError(capture("tx_doesnotexist0000000000", {}), 404, "resource_not_found");
    await expectError(refund("../../etc/passwd", {}), 404, "resource_not_found");
    expect([await snapshot(authorized), await snapshot(settled)]).toEqual(before);
  });
});
