import { abandonPaymentRequest, createMerchant, createPaymentRequest, getCheckoutSession, submitPaymentAttempt, type CreatedMerchant } from "@jeton/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { returnResult } from "./return-result";

let ctx: TestContext;
let shop: CreatedMerchant;
const publicUrl = "https://pay.example";

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: publicUrl });
  shop = await createMerchant(ctx, { name: "Shop", returnUrls: ["https://shop.example/"] });
});
afterAll(async () => {
  await ctx?.handle.close();
});

async function payOnHostedPage(input: { intent?: "payment" | "tokenize"; saveCard?: boolean; amount?: number }) {
  const pr = await createPaymentRequest(ctx, {
    merchantId: shop.merchantId,
    mode: "test",
    input: { amount: 1990, currency: "EUR", returnUrl: "https://shop.example/return", customerEmail: "ada@example.com", ...input },
  });
  await submitPaymentAttempt(ctx, {
    paymentRequestId: pr.id,
    card: { number: "4242424242424242", expMonth: "12", expYear: "2030", cvc: "123" },
    challengeWindowSize: "05",
  });
  const session = await getCheckoutSession(ctx, { paymentRequestId: pr.id });
  if (!session) throw new Error("no session");
  return session;
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8"));

/** The claims as the merchant reads them from the signed token's payload. */
async function signedClaims(session: NonNullable<Awaited<ReturnType<typeof getCheckoutSession>>>) {
  return claimsOf((await returnResult(ctx, session)).token);
}

describe("the signed result of a saveCard payment", () => {
  it("carries the saved card and its customer", async () => {
    const session = await payOnHostedPage({ saveCard: true });
    const claims = await signedClaims(session);
    expect(claims).toMatchObject({
      status: "succeeded",
      transactionId: session.paymentRequest.transactionId,
      cardId: expect.stringMatching(/^card_/),
      customerId: expect.stringMatching(/^cus_/),
    });
    expect(claims.cardId).toBe(session.paymentRequest.cardId);
    expect(claims).not.toHaveProperty("cardTokenId");
  });

  it("carries the saved card instead of a token for intent tokenize", async () => {
    const claims = await signedClaims(await payOnHostedPage({ intent: "tokenize", amount: 0, saveCard: true }));
    expect(claims).toMatchObject({ status: "succeeded", cardId: expect.stringMatching(/^card_/), customerId: expect.stringMatching(/^cus_/) });
    expect(claims).not.toHaveProperty("cardTokenId");
  });

  it("carries neither without saveCard", async () => {
    const paid = await signedClaims(await payOnHostedPage({}));
    expect(paid).not.toHaveProperty("cardId");
    expect(paid).not.toHaveProperty("customerId");
    const tokenized = await signedClaims(await payOnHostedPage({ intent: "tokenize", amount: 0 }));
    expect(tokenized.cardTokenId).toMatch(/^ctok_/);
    expect(tokenized).not.toHaveProperty("cardId");
  });
});

async function sessionOf(paymentRequestId: string) {
  const session = await getCheckoutSession(ctx, { paymentRequestId });
  if (!session) throw new Error("no session");
  return session;
}

async function canceledRequest() {
  const pr = await createPaymentRequest(ctx, {
    merchantId: shop.merchantId,
    mode: "test",
    publicUrl,
    input: { amount: 1990, currency: "EUR", returnUrl: "https://shop.example/return" },
  });
  await abandonPaymentRequest(ctx, { paymentRequestId: pr.id, publicUrl });
  return pr;
}

describe("returnResult (the ticket's signed result)", () => {
  it("signs an outcome once: viewing the ticket again serves the same token and jti, so a reload mints nothing new", async () => {
    const pr = await canceledRequest();
    const first = await returnResult(ctx, await sessionOf(pr.id));
    ctx.clock.advance(30_000);
    const again = await returnResult(ctx, await sessionOf(pr.id));
    expect(again.jti).toBe(first.jti);
    expect(again.token).toBe(first.token);
    expect(claimsOf(again.token)).toMatchObject({ jti: first.jti, sub: pr.id, status: "canceled", mode: "test" });
  });

  it("gives each payment request's outcome its own jti, and concurrent views one token between them", async () => {
    const [a, b] = [await canceledRequest(), await canceledRequest()];
    const views = await Promise.all([a, a, a, b].map(async (pr) => returnResult(ctx, await sessionOf(pr.id))));
    expect(new Set(views.slice(0, 3).map((v) => v.token)).size).toBe(1);
    expect(views[3]!.jti).not.toBe(views[0]!.jti);
  });
});
