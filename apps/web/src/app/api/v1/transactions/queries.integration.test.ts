import {
  createId,
  createMerchant,
  createPaymentRequest,
  refundTransaction,
  settleTransactions,
  submitPaymentAttempt,
  type CreatedMerchant,
} from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleGetTransaction } from "./[id]/handler";
import { handleListTransactions } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;

const keyA = () => shopA.keys.test.secretKey;
const get = (id: string, key = keyA()) =>
  ctx.respond(handleGetTransaction(new Request(`http://localhost/api/v1/transactions/${id}`, { headers: { authorization: `Bearer ${key}` } }), ctx, { id }));
const list = (query: string, key = keyA()) =>
  ctx.respond(handleListTransactions(new Request(`http://localhost/api/v1/transactions${query}`, { headers: { authorization: `Bearer ${key}` } }), ctx));

async function expectError(pending: Promise<Response>, status: number, code: string, param?: string) {
  const response = await pending;
  const body = await response.json();
  expect({ status: response.status, code: body.error?.code }).toEqual({ status, code });
  if (param !== undefined) expect(body.error.param).toBe(param);
}

/** A payment on the hosted page, as the shopper makes it. */
async function pay(number: string, { amount = 10_000, captureMode = "automatic" as "automatic" | "manual" } = {}) {
  const request = await createPaymentRequest(ctx, {
    merchantId: shopA.merchantId,
    mode: "test",
    input: { amount, currency: "EUR", returnUrl: "https://shop-a.example/r", captureMode, merchantReference: "detail", customerEmail: "ada@example.com" },
  });
  const result = await submitPaymentAttempt(ctx, {
    paymentRequestId: request.id,
    card: { number, expMonth: "12", expYear: "2030", cvc: "123" },
    challengeWindowSize: "05",
  });
  if (!("transaction" in result)) throw new Error("expected a transaction");
  return result.transaction;
}

// List tests need many transactions with chosen fields and instants: written
// directly, so each filter can be checked against an exact expectation.
type Seed = typeof schema.transactions.$inferInsert;
const seeded: (Seed & { id: string; createdAt: Date })[] = [];
const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date("2026-10-01T00:00:00Z");

async function seed(fields: Partial<Seed> = {}, merchant = shopA) {
  const row = {
    id: createId("tx"),
    merchantId: merchant.merchantId,
    mode: "test" as const,
    status: "captured" as const,
    amount: 1000,
    currency: "EUR",
    capturedAmount: 1000,
    captureMode: "automatic" as const,
    brand: "visa",
    bin: "424242",
    last4: "4242",
    expMonth: 12,
    expYear: 2030,
    fingerprint: "fp",
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  };
  await ctx.db.insert(schema.transactions).values(row);
  if (merchant === shopA && row.mode === "test") seeded.push(row as (typeof seeded)[number]);
  return row;
}

const ids = async (query: string) => {
  const response = await list(query);
  expect(response.status).toBe(200);
  const page = await response.json();
  return page.data.map((t: { id: string }) => t.id) as string[];
};
/** What a filter must return: the seeded rows it matches, newest first by (createdAt, id) as the database orders text. */
const expected = async (match: (row: (typeof seeded)[number]) => boolean) => {
  const all = await ids("?limit=100");
  const wanted = new Set(seeded.filter(match).map((row) => row.id));
  return all.filter((id) => wanted.has(id));
};

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("GET /api/v1/transactions/{id}", () => {
  it("shows the transaction with its refunds, 3DS outcome, codes and timeline, oldest first", async () => {
    const tx = await pay("4000000032200000", { amount: 5000 });
    expect(tx.status).toBe("captured");
    ctx.clock.advance(1000);
    await settleTransactions(ctx, {});
    ctx.clock.advance(1000);
    const first = await refundTransaction(ctx, { merchantId: shopA.merchantId, mode: "test", transactionId: tx.id, amount: 1500, reason: "damaged" });
    ctx.clock.advance(1000);
    await refundTransaction(ctx, { merchantId: shopA.merchantId, mode: "test", transactionId: tx.id });

    const response = await get(tx.id);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      id: tx.id,
      object: "transaction",
      status: "refunded",
      amount: 5000,
      refundedAmount: 5000,
      responseCode: "00",
      declineCode: null,
      authorizationCode: expect.stringMatching(/^[A-Z0-9]{6}$/),
      threeDs: { transStatus: "Y", eci: "05", liabilityShift: true, challenged: false },
      card: { last4: "0000", bin: "400000" },
    });
    expect(body.threeDs).not.toHaveProperty("authenticationValue");
    expect(body.refunds).toEqual([
      expect.objectContaining({ id: first.refund.id, object: "refund", amount: 1500, reason: "damaged", status: "succeeded" }),
      expect.objectContaining({ object: "refund", amount: 3500, reason: null }),
    ]);
    expect(body.timeline.map((entry: { type: string }) => entry.type)).toEqual([
      "transaction.authorized",
      "transaction.captured",
      "transaction.settled",
      "refund.created",
      "transaction.partially_refunded",
      "refund.created",
      "transaction.refunded",
    ]);
    const instants = body.timeline.map((entry: { at: string }) => Date.parse(entry.at));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(JSON.stringify(body)).not.toMatch(/4000000032200000|sealed|clientSecret/);
  });

  it("shows a decline's response and decline codes", async () => {
    const tx = await pay("4000000000009995");
    const body = await (await get(tx.id)).json();
    expect(body).toMatchObject({ status: "declined", responseCode: "51", declineCode: "insufficient_funds", authorizationCode: null, refunds: [] });
    expect(body.timeline.map((entry: { type: string }) => entry.type)).toEqual(["transaction.declined"]);
  });

  it("treats other merchants', other modes' and unknown ids as not found", async () => {
    const tx = await pay("4242424242424242");
    await expectError(get(tx.id, shopB.keys.test.secretKey), 404, "resource_not_found");
    await expectError(get(tx.id, shopA.keys.live.secretKey), 404, "resource_not_found");
    await expectError(get("tx_doesnotexist00000000"), 404, "resource_not_found");
    await expectError(get("%27%20OR%201=1"), 404, "resource_not_found");
    await expectError(get(tx.id, shopA.keys.test.publishableKey), 401, "wrong_key_kind");
  });
});

describe("GET /api/v1/transactions", () => {
  beforeAll(async () => {
    await ctx.db.delete(schema.refunds);
    await ctx.db.delete(schema.threeDsSessions);
    await ctx.db.delete(schema.webhookDeliveries);
    await ctx.db.delete(schema.events);
    await ctx.db.update(schema.paymentRequests).set({ transactionId: null });
    await ctx.db.delete(schema.transactions);
    const statuses = ["captured", "authorized", "declined", "settled", "refunded"] as const;
    const currencies = ["EUR", "TND", "USD"];
    const last4s = ["4242", "4444", "0005", "3220"];
    const customer = `cus_${"c".repeat(22)}`;
    for (let i = 0; i < 37; i++) {
      await seed({
        // Several rows per day, some sharing an instant exactly: the id breaks the tie.
        createdAt: new Date(T0.getTime() + Math.floor(i / 3) * DAY + (i % 3 === 2 ? 0 : (i % 3) * 1000)),
        status: statuses[i % statuses.length],
        amount: 500 * (1 + (i % 7)),
        currency: currencies[i % currencies.length],
        last4: last4s[i % last4s.length],
        brand: ["visa", "mastercard", "amex"][i % 3],
        merchantReference: `order-${i % 10}`,
        customerEmail: i % 4 === 0 ? "Ada@Example.com" : i % 4 === 1 ? "bob@example.com" : null,
        customerId: i % 6 === 0 ? customer : null,
      });
    }
    // Look-alikes that must never show up: another merchant, the live mode.
    await seed({ merchantReference: "order-1", customerEmail: "ada@example.com" }, shopB);
    await seed({ mode: "live", merchantReference: "order-1", customerEmail: "ada@example.com" });
  });

  it("walks every transaction exactly once, newest first, with hasMore right", async () => {
    for (const limit of [1, 5, 7, 37, 100]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const response = await list(`?limit=${limit}${cursor ? `&startingAfter=${cursor}` : ""}`);
        const page = await response.json();
        expect(page.object).toBe("list");
        expect(page.data.length).toBeLessThanOrEqual(limit);
        seen.push(...page.data.map((t: { id: string }) => t.id));
        expect(page.hasMore).toBe(seen.length < seeded.length);
        if (!page.hasMore) break;
        cursor = page.data.at(-1).id;
      }
      expect(seen).toHaveLength(seeded.length);
      expect(new Set(seen)).toEqual(new Set(seeded.map((row) => row.id)));
    }
    const all = await (await list("?limit=100")).json();
    const created = all.data.map((t: { createdAt: string }) => Date.parse(t.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect((await (await list("")).json()).data).toHaveLength(20);
  });

  it("keeps its place when new transactions arrive between pages", async () => {
    const first = await (await list("?limit=10")).json();
    const newcomer = await seed({ createdAt: new Date(T0.getTime() + 400 * DAY) });
    try {
      const rest: string[] = [];
      let cursor = first.data.at(-1).id;
      for (;;) {
        const page = await (await list(`?limit=10&startingAfter=${cursor}`)).json();
        rest.push(...page.data.map((t: { id: string }) => t.id));
        if (!page.hasMore) break;
        cursor = page.data.at(-1).id;
      }
      const walked = [...first.data.map((t: { id: string }) => t.id), ...rest];
      expect(walked).not.toContain(newcomer.id);
      expect(new Set(walked).size).toBe(seeded.length - 1);
    } finally {
      await ctx.db.delete(schema.transactions).where(eq(schema.transactions.id, newcomer.id));
      seeded.pop();
    }
  });

  it.each([
    ["status", "?status=declined", (r: Seed) => r.status === "declined"],
    ["several statuses", "?status=refunded,settled", (r: Seed) => r.status === "refunded" || r.status === "settled"],
    ["merchantReference", "?merchantReference=order-1", (r: Seed) => r.merchantReference === "order-1"],
    ["amount", "?amount=1500", (r: Seed) => r.amount === 1500],
    ["amountMin", "?amountMin=2500", (r: Seed) => r.amount >= 2500],
    ["amountMax", "?amountMax=1000", (r: Seed) => r.amount <= 1000],
    ["an amount range", "?amountMin=1000&amountMax=2000", (r: Seed) => r.amount >= 1000 && r.amount <= 2000],
    ["currency", "?currency=TND", (r: Seed) => r.currency === "TND"],
    ["customerEmail, case-insensitively", "?customerEmail=ada%40example.com", (r: Seed) => r.customerEmail === "Ada@Example.com"],
    ["last4", "?last4=0005", (r: Seed) => r.last4 === "0005"],
    ["brand", "?brand=mastercard", (r: Seed) => r.brand === "mastercard"],
    ["customerId", `?customerId=cus_${"c".repeat(22)}`, (r: Seed) => r.customerId === `cus_${"c".repeat(22)}`],
    ["createdFrom (a date)", "?createdFrom=2026-10-05", (r: Seed) => r.createdAt! >= new Date("2026-10-05T00:00:00Z")],
    ["createdTo (exclusive)", "?createdTo=2026-10-03", (r: Seed) => r.createdAt! < new Date("2026-10-03T00:00:00Z")],
    [
      "a date-time range with an offset",
      "?createdFrom=2026-10-02T02:00:00%2B02:00&createdTo=2026-10-04T00:00:01Z",
      (r: Seed) => r.createdAt! >= new Date("2026-10-02T00:00:00Z") && r.createdAt! < new Date("2026-10-04T00:00:01Z"),
    ],
    [
      "several filters at once",
      "?currency=EUR&status=captured&amountMin=1000",
      (r: Seed) => r.currency === "EUR" && r.status === "captured" && r.amount >= 1000,
    ],
  ])("narrows by %s", async (_name, query, match) => {
    const want = await expected(match);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(seeded.length);
    expect(await ids(`${query}&limit=100`)).toEqual(want);
  });

  it("pages through a filtered list too", async () => {
    const want = await expected((r) => r.currency === "EUR");
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await (await list(`?currency=EUR&limit=4${cursor ? `&startingAfter=${cursor}` : ""}`)).json();
      seen.push(...page.data.map((t: { id: string }) => t.id));
      if (!page.hasMore) break;
      cursor = page.data.at(-1).id;
    }
    expect(seen).toEqual(want);
  });

  it("finds nothing for filters that match nothing, and never another merchant's or mode's rows", async () => {
    expect(await ids("?merchantReference=nope")).toEqual([]);
    expect(await ids("?last4=9999")).toEqual([]);
    expect(await ids("?createdFrom=2030-01-01")).toEqual([]);
    expect(await ids(`?customerId=cus_${"z".repeat(22)}`)).toEqual([]);
    const forB = await (await list("?limit=100", shopB.keys.test.secretKey)).json();
    expect(forB.data).toHaveLength(1);
    expect(forB.data[0].merchantReference).toBe("order-1");
    const live = await (await list("?limit=100", shopA.keys.live.secretKey)).json();
    expect(live.data).toHaveLength(1);
    expect(live.data[0].mode).toBe("live");
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?limit=1.5", "limit"],
    ["?status=paid", "status"],
    ["?status=captured,", "status"],
    ["?amount=-1", "amount"],
    ["?amount=12.50", "amount"],
    ["?amount=abc", "amount"],
    ["?amountMin=99999999999999999999", "amountMin"],
    ["?amountMin=500&amountMax=100", "amountMax"],
    ["?currency=eur", "currency"],
    ["?currency=EURO", "currency"],
    ["?customerEmail=not-an-email", "customerEmail"],
    ["?last4=424", "last4"],
    ["?last4=abcd", "last4"],
    ["?brand=Visa", "brand"],
    ["?brand=v%20isa", "brand"],
    ["?customerId=tx_abcdefghijklmnopqrstuv", "customerId"],
    ["?createdFrom=yesterday", "createdFrom"],
    ["?createdFrom=2026-13-01", "createdFrom"],
    ["?createdTo=2026-10-01T10:00:00", "createdTo"],
    ["?createdFrom=2026-10-05&createdTo=2026-10-01", "createdTo"],
    ["?merchantReference=", "merchantReference"],
    ["?sort=amount", undefined],
  ])("refuses %s with 400 parameter_invalid", async (query, param) => {
    await expectError(list(query), 400, "parameter_invalid", param);
  });

  it("refuses a cursor that is not one of the merchant's transactions in this mode", async () => {
    const [ofB] = await ctx.db.select().from(schema.transactions).where(eq(schema.transactions.merchantId, shopB.merchantId));
    await expectError(list(`?startingAfter=${ofB!.id}`), 404, "resource_not_found", "startingAfter");
    await expectError(list(`?startingAfter=tx_doesnotexist00000000`), 404, "resource_not_found", "startingAfter");
    await expectError(list(`?startingAfter=cus_${"c".repeat(22)}`), 404, "resource_not_found", "startingAfter");
    await expectError(list("", shopA.keys.test.publishableKey), 401, "wrong_key_kind");
  });
});
