import { runAdvancingTestClocks } from "@jeton/core";
import { createCustomerWithChargeableCard } from "@jeton/core/testing";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleAdvanceTestClock } from "../test-clocks/[id]/advance/handler";
import { handleGetTestClock } from "../test-clocks/[id]/handler";
import { handleCreateTestClock } from "../test-clocks/handler";
import { handleListTransactions } from "../transactions/handler";
import { handleCancelSubscription } from "./[id]/cancel/handler";
import { handleListSubscriptionCharges } from "./[id]/charges/handler";
import { handleGetSubscription } from "./[id]/handler";
import { handleCreateSubscription, handleListSubscriptions } from "./handler";

// The recurring routes over HTTP: bad input names its field and creates nothing; other merchants' ids are not found.
let ctx: TestContext;
const shopA = () => ctx.merchants[0];
const shopB = () => ctx.merchants[1];

beforeAll(async () => {
  ctx = await createTestContext({}, { merchants: 2 });
});
afterAll(async () => {
  await ctx?.handle.close();
});

const send = (method: string, url: string, key: string, body?: unknown) =>
  new Request(`http://localhost${url}`, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }) });
const json = async (pending: Promise<Response>) => {
  const response = await ctx.respond(pending);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};
const subscriptionCount = async () => (await ctx.db.select().from(schema.subscriptions)).length;

describe("POST /api/v1/subscriptions", () => {
  it("creates and charges the first period; the charge is listed by GET /api/v1/transactions?subscriptionId=", async () => {
    const setup = await createCustomerWithChargeableCard(ctx, { merchantId: shopA().merchantId });
    const key = shopA().keys.test.secretKey;
    const created = await json(handleCreateSubscription(send("POST", "/api/v1/subscriptions", key, { customerId: setup.customerId, cardId: setup.cardId, amount: 990, currency: "EUR", interval: "month", metadata: { plan: "basic" } }), ctx));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: "subscription", status: "active", currentPeriod: 0, metadata: { plan: "basic" } });
    const id = created.body.id as string;
    const listed = await json(handleListTransactions(send("GET", `/api/v1/transactions?subscriptionId=${id}`, key), ctx));
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0]).toMatchObject({ subscriptionId: id, billingPeriod: 0, initiatedBy: "merchant", initialTransactionId: setup.initialTransactionId });
    const charges = await json(handleListSubscriptionCharges(send("GET", `/api/v1/subscriptions/${id}/charges`, key), ctx, { id }));
    expect(charges.body.data.map((c: { status: string }) => c.status)).toEqual(["succeeded", "scheduled"]);
    const page = await json(handleListSubscriptions(send("GET", `/api/v1/subscriptions?customerId=${setup.customerId}`, key), ctx));
    expect(page.body.data.map((s: { id: string }) => s.id)).toEqual([id]);
    const canceled = await json(handleCancelSubscription(send("POST", `/api/v1/subscriptions/${id}/cancel`, key, {}), ctx, { id }));
    expect(canceled.body).toMatchObject({ status: "canceled", nextCharge: null });
    const again = await json(handleCancelSubscription(send("POST", `/api/v1/subscriptions/${id}/cancel`, key, {}), ctx, { id }));
    expect(again).toMatchObject({ status: 409, body: { error: { code: "invalid_state_transition" } } });
  });

  it("answers 400 naming the field for bad intervals, counts, dates, currencies and amounts, and creates nothing", async () => {
    const setup = await createCustomerWithChargeableCard(ctx, { merchantId: shopA().merchantId });
    const key = shopA().keys.test.secretKey;
    const valid = { customerId: setup.customerId, cardId: setup.cardId, amount: 990, currency: "EUR", interval: "month" };
    const before = await subscriptionCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ interval: "fortnight" }, "interval"],
      [{ interval: "month", intervalCount: 13 }, "intervalCount"],
      [{ intervalCount: 1.5 }, "intervalCount"],
      [{ startDate: "2001-01-01T00:00:00Z" }, "startDate"],
      [{ startDate: "tomorrow" }, "startDate"],
      [{ currency: "eur" }, "currency"],
      [{ currency: "XYZ" }, "currency"],
      [{ amount: -5 }, "amount"],
      [{ amount: "990" }, "amount"],
      [{ endAfterCycles: 0 }, "endAfterCycles"],
      [{ trialDays: 1000 }, "trialDays"],
    ];
    for (const [change, param] of cases) {
      const answer = await json(handleCreateSubscription(send("POST", "/api/v1/subscriptions", key, { ...valid, ...change }), ctx));
      expect({ status: answer.status, code: answer.body.error?.code, param: answer.body.error?.param }, JSON.stringify(change)).toEqual({ status: 400, code: "parameter_invalid", param });
    }
    const malformed = await json(handleCreateSubscription(send("POST", "/api/v1/subscriptions", key, "{not json"), ctx));
    expect(malformed.status).toBe(400);
    expect(await subscriptionCount()).toBe(before);
  });

  it("answers 404 for an unknown customer or card, or another merchant's", async () => {
    const mine = await createCustomerWithChargeableCard(ctx, { merchantId: shopA().merchantId });
    const theirs = await createCustomerWithChargeableCard(ctx, { merchantId: shopB().merchantId });
    const key = shopA().keys.test.secretKey;
    const before = await subscriptionCount();
    const base = { amount: 990, currency: "EUR", interval: "month" };
    for (const [ids, param] of [
      [{ customerId: theirs.customerId, cardId: theirs.cardId }, "customerId"],
      [{ customerId: mine.customerId, cardId: theirs.cardId }, "cardId"],
      [{ customerId: "cus_AAAAAAAAAAAAAAAAAAAAAA", cardId: mine.cardId }, "customerId"],
    ] as const) {
      const answer = await json(handleCreateSubscription(send("POST", "/api/v1/subscriptions", key, { ...base, ...ids }), ctx));
      expect({ status: answer.status, code: answer.body.error?.code, param: answer.body.error?.param }).toEqual({ status: 404, code: "resource_not_found", param });
    }
    expect(await subscriptionCount()).toBe(before);
    // Reading another merchant's subscription: not found either.
    const created = await json(handleCreateSubscription(send("POST", "/api/v1/subscriptions", shopB().keys.test.secretKey, { ...base, customerId: theirs.customerId, cardId: theirs.cardId }), ctx));
    const id = created.body.id as string;
    expect((await json(handleGetSubscription(send("GET", `/api/v1/subscriptions/${id}`, key), ctx, { id }))).status).toBe(404);
    expect((await json(handleCancelSubscription(send("POST", `/api/v1/subscriptions/${id}/cancel`, key, {}), ctx, { id }))).status).toBe(404);
    const [row] = await ctx.db.select().from(schema.subscriptions).where(eq(schema.subscriptions.id, id));
    expect(row!.status).toBe("active");
  });
});

describe("test clocks", () => {
  it("are test mode only, advance forward only, and report ready", async () => {
    const live = await json(handleCreateTestClock(send("POST", "/api/v1/test-clocks", shopA().keys.live.secretKey, { frozenTime: "2027-01-01T00:00:00Z" }), ctx));
    expect(live).toMatchObject({ status: 400, body: { error: { code: "test_mode_only" } } });
    const key = shopA().keys.test.secretKey;
    const created = await json(handleCreateTestClock(send("POST", "/api/v1/test-clocks", key, { frozenTime: "2027-01-01T00:00:00Z" }), ctx));
    expect(created).toMatchObject({ status: 201, body: { object: "test_clock", status: "ready", frozenTime: "2027-01-01T00:00:00.000Z" } });
    const id = created.body.id as string;
    const backwards = await json(handleAdvanceTestClock(send("POST", `/api/v1/test-clocks/${id}/advance`, key, { to: "2026-12-01T00:00:00Z" }), ctx, { id }));
    expect(backwards).toMatchObject({ status: 400, body: { error: { code: "parameter_invalid", param: "to" } } });
    const moved = await json(handleAdvanceTestClock(send("POST", `/api/v1/test-clocks/${id}/advance`, key, { to: "2027-03-01T00:00:00Z" }), ctx, { id }));
    // The advance is recorded and answered at once; the background pass moves the clock, then it is ready.
    expect(moved).toMatchObject({ status: 200, body: { status: "advancing", frozenTime: "2027-01-01T00:00:00.000Z", advancingTo: "2027-03-01T00:00:00.000Z" } });
    const again = await json(handleAdvanceTestClock(send("POST", `/api/v1/test-clocks/${id}/advance`, key, { to: "2027-04-01T00:00:00Z" }), ctx, { id }));
    expect(again).toMatchObject({ status: 409, body: { error: { code: "test_clock_advancing" } } });
    await runAdvancingTestClocks(ctx);
    const ready = await json(handleGetTestClock(send("GET", `/api/v1/test-clocks/${id}`, key), ctx, { id }));
    expect(ready).toMatchObject({ status: 200, body: { status: "ready", frozenTime: "2027-03-01T00:00:00.000Z" } });
    const other = await json(handleGetTestClock(send("GET", `/api/v1/test-clocks/${id}`, shopB().keys.test.secretKey), ctx, { id }));
    expect(other.status).toBe(404);
  });
});
