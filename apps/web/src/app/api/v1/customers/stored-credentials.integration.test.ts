import { createCardToken, createMerchant, purgeCardData, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleCreateCustomer } from "@/app/api/v1/customers/handler";
import { handlePaymentAttempt } from "@/app/(checkout)/pay/[id]/attempt/handler";
import { handleAddCustomerCard } from "@/app/api/v1/customers/[id]/cards/handler";
import { handleCreatePaymentRequest } from "@/app/api/v1/payment-requests/handler";
import { handleCreateTransaction } from "@/app/api/v1/transactions/handler";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";

// Stored credentials (issue 10, item 7): the merchant may charge a card alone
// only with the shopper's recorded consent and after a first payment the
// shopper made with it; card data not kept as a saved card is destroyed.
let ctx: TestContext;
let shop: CreatedMerchant;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example", JETON_CARD_RETENTION_DAYS: "400" });
  shop = await createMerchant(ctx, { name: "Subscriptions", origins: ["https://shop.example"], returnUrls: ["https://shop.example/"] });
});

afterAll(async () => {
  await ctx?.handle.close();
});

async function post(handler: typeof handleCreateTransaction, path: string, body: unknown, params?: { id: string }) {
  const request = new Request(`https://pay.example${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${shop.keys.test.secretKey}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const response = await ctx.respond(params ? (handler as (r: Request, c: TestContext, p: { id: string }) => Promise<Response>)(request, ctx, params) : handler(request, ctx));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

async function token(number = "4242424242424242") {
  return (await createCardToken(ctx, { merchantId: shop.merchantId, mode: "test", card: { number, expMonth: "12", expYear: "2034", cvc: "123" } })).cardTokenId;
}

const charge = (body: Record<string, unknown>) => post(handleCreateTransaction, "/api/v1/transactions", { amount: 990, currency: "EUR", ...body });

describe("merchant-initiated charges", () => {
  it("need a first customer-initiated payment with the saved card; then they go through", async () => {
    const created = await post(handleCreateCustomer, "/api/v1/customers", { email: "ada@example.com", cardTokenId: await token() });
    expect(created.status).toBe(201);
    const customerId = created.body.id as string;
    const card = (created.body.cards as Array<{ id: string; consent: unknown }>)[0]!;
    // Without the field: the merchant states that consent was given now, through the API.
    expect(card.consent).toEqual({ obtainedAt: ctx.clock.now().toISOString(), method: "api" });

    const tooEarly = await charge({ customerId, cardId: card.id, initiatedBy: "merchant" });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error?.code).toBe("merchant_initiated_not_allowed");
    expect(await ctx.db.select().from(schema.transactions).where(eq(schema.transactions.cardId, card.id))).toEqual([]);

    const oneClick = await charge({ customerId, cardId: card.id, initiatedBy: "customer" });
    expect(oneClick.status).toBe(201);
    const mit = await charge({ customerId, cardId: card.id, initiatedBy: "merchant" });
    expect(mit.status).toBe(201);
    expect(mit.body).toMatchObject({ status: "captured" });
  });

  it("are refused on a card saved without consent, and on the card of an earlier payment (no saved card)", async () => {
    const [customer] = await ctx.db
      .insert(schema.customers)
      .values({ id: "cus_legacyNoConsent0000001", merchantId: shop.merchantId, mode: "test", email: null })
      .returning();
    const sealed = ctx.vault.seal("4242424242424242", "pan");
    const [legacy] = await ctx.db
      .insert(schema.cards)
      .values({
        id: "card_legacyNoConsent00001",
        merchantId: shop.merchantId,
        mode: "test",
        customerId: customer!.id,
        panSealed: sealed.value,
        panKekId: sealed.kekId,
        fingerprint: ctx.vault.fingerprint("4242424242424242"),
        brand: "visa",
        bin: "424242",
        last4: "4242",
        expMonth: 12,
        expYear: 2034,
      })
      .returning();
    await charge({ customerId: customer!.id, cardId: legacy!.id, initiatedBy: "customer" });
    const refused = await charge({ customerId: customer!.id, cardId: legacy!.id, initiatedBy: "merchant" });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("merchant_initiated_not_allowed");

    const first = await charge({ cardTokenId: await token() });
    expect(first.status).toBe(201);
    const duplicate = await charge({ sourceTransactionId: first.body.id, initiatedBy: "merchant" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error?.code).toBe("merchant_initiated_not_allowed");
  });

  it("record the consent the merchant states on POST /customers/{id}/cards, and refuse a bad one", async () => {
    const created = await post(handleCreateCustomer, "/api/v1/customers", { email: "bob@example.com" });
    const customerId = created.body.id as string;
    const obtainedAt = new Date(ctx.clock.now().getTime() - 2 * DAY).toISOString();
    const added = await post(handleAddCustomerCard, `/api/v1/customers/${customerId}/cards`, { cardTokenId: await token(), consent: { obtainedAt, method: "phone" } }, { id: customerId });
    expect(added.status).toBe(201);
    expect(added.body.consent).toEqual({ obtainedAt, method: "phone" });
    for (const consent of [{ method: "telepathy" }, { obtainedAt: "yesterday" }, { obtainedAt: new Date(ctx.clock.now().getTime() + DAY).toISOString() }]) {
      const bad = await post(handleAddCustomerCard, `/api/v1/customers/${customerId}/cards`, { cardTokenId: await token(), consent }, { id: customerId });
      expect(bad.status).toBe(400);
    }
  });
});

describe("the hosted page's consent tick", () => {
  async function payAndSave(tick: boolean) {
    const created = await post(handleCreatePaymentRequest, "/api/v1/payment-requests", {
      amount: 1500,
      currency: "EUR",
      returnUrl: "https://shop.example/return",
      saveCard: true,
      customerEmail: "cara@example.com",
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const form = new URLSearchParams({ number: "4242424242424242", exp: "12/34", cvc: "123", lang: "en", surface: "redirect" });
    if (tick) form.set("storedCredentialConsent", "yes");
    const response = await handlePaymentAttempt(
      new Request(`https://pay.example/pay/${id}/attempt`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://pay.example", "sec-fetch-site": "same-origin" },
        body: form,
      }),
      ctx,
      { id },
    );
    expect(new URL(response.headers.get("location")!).searchParams.get("tx")).toMatch(/^tx_/);
    const [request] = await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, id));
    const [card] = await ctx.db.select().from(schema.cards).where(eq(schema.cards.id, request!.cardId!));
    return { card: card!, customerId: request!.customerId ?? card!.customerId, transactionId: request!.transactionId };
  }

  it("records the shopper's consent with the saved card; the payment that saved it counts as the first one, so the merchant may charge it", async () => {
    const { card, customerId, transactionId } = await payAndSave(true);
    expect(card).toMatchObject({ consentMethod: "hosted_page", initialTransactionId: transactionId });
    expect(card.consentObtainedAt).toEqual(ctx.clock.now());
    const mit = await charge({ customerId, cardId: card.id, initiatedBy: "merchant" });
    expect(mit.status).toBe(201);
  });

  it("without the tick, the card is saved for one-click payments only", async () => {
    const { card, customerId } = await payAndSave(false);
    expect(card.consentObtainedAt).toBeNull();
    const refused = await charge({ customerId, cardId: card.id, initiatedBy: "merchant" });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("merchant_initiated_not_allowed");
    expect((await charge({ customerId, cardId: card.id, initiatedBy: "customer" })).status).toBe(201);
  });
});

describe("card data retention", () => {
  it("destroys the PAN of a token that expired unused, and of a used one after JETON_CARD_RETENTION_DAYS; a duplicate then fails cleanly", async () => {
    const unused = await token();
    const paid = await charge({ cardTokenId: await token() });
    expect(paid.status).toBe(201);
    const usedToken = await ctx.db.select().from(schema.transactions).where(eq(schema.transactions.id, paid.body.id as string));
    const tokenOf = async (id: string) => (await ctx.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, id)))[0]!;

    // 20 minutes later: the unused token has expired; the used one is kept for duplicates.
    ctx.clock.advance(20 * 60 * 1000);
    await purgeCardData(ctx, { retentionDays: ctx.config.cardRetentionDays });
    expect(await tokenOf(unused)).toMatchObject({ panSealed: null, panKekId: null, cvcSealed: null, last4: "4242" });
    expect((await tokenOf(unused)).panDestroyedAt).not.toBeNull();
    expect((await tokenOf(usedToken[0]!.cardTokenId!)).panSealed).not.toBeNull();
    expect((await charge({ sourceTransactionId: paid.body.id })).status).toBe(201);

    // Past the retention window, counted from the token's use.
    ctx.clock.advance(400 * DAY);
    await purgeCardData(ctx, { retentionDays: ctx.config.cardRetentionDays });
    expect((await tokenOf(usedToken[0]!.cardTokenId!)).panSealed).toBeNull();
    const gone = await charge({ sourceTransactionId: paid.body.id });
    expect(gone.status).toBe(409);
    expect(gone.body.error?.code).toBe("source_transaction_not_reusable");
  });
});
