import { ACS_TEST_CODE, createCardToken, createId, createMerchant, createSimulatedAcquirer, createTransaction, decodeCReq, encodeCReq, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlePaymentAttempt } from "@/app/(checkout)/pay/[id]/attempt/handler";
import { handleAcsChallenge } from "@/app/acs/challenge/handler";
import { handleCreatePaymentRequest } from "@/app/api/v1/payment-requests/handler";
import { handleCreateTransaction } from "@/app/api/v1/transactions/handler";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";

// The platform has no real acquirer: only the simulator, which serves test mode.
// Without a configured live acquirer (JETON_LIVE_ACQUIRER), no live payment may
// be approved, no live challenge may reach the simulated bank, and nothing is
// recorded as paid.
let ctx: TestContext;
let shop: CreatedMerchant;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" });
  shop = await createMerchant(ctx, { name: "Live Shop", origins: ["https://shop.example"], returnUrls: ["https://shop.example/"] });
});

afterAll(async () => {
  await ctx?.handle.close();
});

function apiPost(handler: typeof handleCreateTransaction, path: string, key: string, body: unknown) {
  return ctx.respond(
    handler(
      new Request(`https://pay.example${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      ctx,
    ),
  );
}

async function transactionsOf(mode: "test" | "live") {
  return ctx.db
    .select()
    .from(schema.transactions)
    .where(and(eq(schema.transactions.merchantId, shop.merchantId), eq(schema.transactions.mode, mode)));
}

/** A live payment request as one made before live mode was turned off would be (creating one is refused now). */
async function livePaymentRequest(): Promise<string> {
  const id = createId("pr");
  await ctx.db.insert(schema.paymentRequests).values({
    id,
    merchantId: shop.merchantId,
    mode: "live",
    intent: "payment",
    status: "open",
    amount: 2500,
    currency: "EUR",
    returnUrl: "https://shop.example/return",
    captureMode: "automatic",
    expiresAt: new Date(ctx.clock.now().getTime() + 3_600_000),
  });
  return id;
}

function attempt(paymentRequestId: string, number: string) {
  return handlePaymentAttempt(
    new Request(`https://pay.example/pay/${paymentRequestId}/attempt`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://pay.example", "sec-fetch-site": "same-origin" },
      body: new URLSearchParams({ number, exp: "12/34", cvc: "123", lang: "en", surface: "redirect" }),
    }),
    ctx,
    { id: paymentRequestId },
  );
}

describe("live mode without a live acquirer", () => {
  it("POST /api/v1/transactions with a live key answers 409 live_mode_unavailable, leaves the token unused and records nothing", async () => {
    for (const number of ["4242424242424242", "4000000000003220"]) {
      const token = await createCardToken(ctx, {
        merchantId: shop.merchantId,
        mode: "live",
        card: { number, expMonth: "12", expYear: "2034", cvc: "123" },
      });
      const response = await apiPost(handleCreateTransaction, "/api/v1/transactions", shop.keys.live.secretKey, {
        amount: 1000,
        currency: "EUR",
        cardTokenId: token.cardTokenId,
      });
      expect(response.status).toBe(409);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("live_mode_unavailable");
      expect(body.error.message).toMatch(/live/i);
      const [row] = await ctx.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, token.cardTokenId));
      expect(row?.usedAt).toBeNull();
    }
    expect(await transactionsOf("live")).toEqual([]);
    expect(await ctx.db.select().from(schema.threeDsSessions)).toEqual([]);
  });

  it("POST /api/v1/payment-requests with a live key answers 409 live_mode_unavailable and creates nothing", async () => {
    const before = await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.mode, "live"));
    const response = await apiPost(handleCreatePaymentRequest, "/api/v1/payment-requests", shop.keys.live.secretKey, {
      amount: 1000,
      currency: "EUR",
      returnUrl: "https://shop.example/return",
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("live_mode_unavailable");
    expect(await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.mode, "live"))).toEqual(before);
  });

  it("the hosted page's attempt on a live payment request shows the refusal, pays nothing and never opens the simulated bank's page", async () => {
    for (const number of ["4242424242424242", "4000000000003220"]) {
      const id = await livePaymentRequest();
      const response = await attempt(id, number);
      expect(response.status).toBe(303);
      const location = new URL(response.headers.get("location")!);
      expect(location.pathname).toBe(`/pay/${id}`);
      expect(location.searchParams.get("error")).toBe("live_mode_unavailable");
      expect(location.searchParams.get("tx")).toBeNull();
      const [request] = await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, id));
      expect(request).toMatchObject({ status: "open", transactionId: null });
    }
    expect(await transactionsOf("live")).toEqual([]);
    expect(await ctx.db.select().from(schema.threeDsSessions)).toEqual([]);
  });

  it("the simulated bank never opens a live authentication, even one started before live mode was turned off", async () => {
    // A live challenge as a stand-in live connector would have left it.
    const acquirers = ctx.acquirers;
    ctx.acquirers = { ...acquirers, live: createSimulatedAcquirer() };
    let transactionId: string;
    try {
      const token = await createCardToken(ctx, { merchantId: shop.merchantId, mode: "live", card: { number: "4000000000003220", expMonth: "12", expYear: "2034", cvc: "123" } });
      ({ transaction: { id: transactionId } } = await createTransaction(ctx, { merchantId: shop.merchantId, mode: "live", input: { amount: 700, currency: "EUR", cardTokenId: token.cardTokenId } }));
    } finally {
      ctx.acquirers = acquirers;
    }
    const [session] = await ctx.db.select().from(schema.threeDsSessions).where(eq(schema.threeDsSessions.transactionId, transactionId));
    const creq = encodeCReq({ threeDSServerTransID: session!.id, acsTransID: session!.acsTransId, challengeWindowSize: "05" });
    expect(decodeCReq(creq).acsTransID).toBe(session!.acsTransId);
    const page = await handleAcsChallenge(
      new Request("https://pay.example/acs/challenge", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ creq }) }),
      ctx,
    );
    // Unknown to the simulated bank: its 404 page, without the code form or the printed code.
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain("not found");
    expect(html).not.toContain(ACS_TEST_CODE);
    expect(html).not.toContain('name="code"');
    await ctx.db.delete(schema.threeDsSessions);
    await ctx.db.delete(schema.transactions).where(eq(schema.transactions.id, transactionId));
  });

  it("test mode still pays through the simulator", async () => {
    const token = await createCardToken(ctx, {
      merchantId: shop.merchantId,
      mode: "test",
      card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" },
    });
    const response = await apiPost(handleCreateTransaction, "/api/v1/transactions", shop.keys.test.secretKey, {
      amount: 1000,
      currency: "EUR",
      cardTokenId: token.cardTokenId,
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { status: string }).status).toBe("captured");
  });
});
