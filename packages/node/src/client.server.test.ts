/*
 * The SDK against a running platform (project "sdk" in vitest.config.ts).
 * scripts/e2e.mjs runs it while its servers are up, with JETON_API_URL and
 * JETON_MERCHANT_FILE (the merchant `jeton seed demo` wrote). Without
 * JETON_API_URL (a plain `vitest run`) the suite is skipped.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createJetonClient,
  JetonApiError,
  JetonAuthenticationError,
  JetonCardError,
  JetonIdempotencyError,
  JetonInvalidRequestError,
  type JetonClient,
} from "./index";

const apiBase = process.env.JETON_API_URL;

interface SeededMerchant {
  merchantId: string;
  origins: string[];
  returnUrls: string[];
  keys: { test: { secretKey: string; publishableKey: string } };
}

describe.skipIf(!apiBase)("@jeton/node against a running platform (JETON_API_URL)", () => {
  let merchant: SeededMerchant;
  let client: JetonClient;
  const params = () => ({ amount: 1999, currency: "EUR", returnUrl: `${merchant.returnUrls[0]}sdk-test`, merchantReference: `sdk-${randomUUID().slice(0, 8)}` });

  beforeAll(() => {
    const merchantFile = process.env.JETON_MERCHANT_FILE ?? new URL("../../../e2e/.output/merchant.json", import.meta.url).pathname;
    merchant = JSON.parse(readFileSync(merchantFile, "utf8")) as SeededMerchant;
    client = createJetonClient({ apiBase: apiBase!, secretKey: merchant.keys.test.secretKey });
  });

  /** A card token made the way token.js makes it: publishable key, from a registered origin. */
  async function tokenize(number = "4242424242424242") {
    const response = await fetch(`${apiBase}/api/v1/card-tokens`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${merchant.keys.test.publishableKey}`,
        "Content-Type": "application/json",
        Origin: merchant.origins[0]!,
      },
      body: JSON.stringify({ card: { number, expMonth: 12, expYear: new Date().getFullYear() + 3, cvc: "123" } }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe(merchant.origins[0]);
    return (await response.json()) as { cardTokenId: string };
  }

  it("creates, retrieves and cancels a payment request", async () => {
    const created = await client.paymentRequests.create(params());
    expect(created).toMatchObject({ object: "payment_request", status: "open", amount: 1999, currency: "EUR", mode: "test" });
    expect(created.url).toBe(`${apiBase}/pay/${created.id}`);
    expect(await client.paymentRequests.retrieve(created.id)).toMatchObject({ id: created.id, status: "open" });
    expect(await client.paymentRequests.cancel(created.id)).toMatchObject({ id: created.id, status: "canceled" });
    const again = await client.paymentRequests.cancel(created.id).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(JetonInvalidRequestError);
    expect(again).toMatchObject({ status: 409, code: "payment_request_not_open" });
  });

  it("sends a payment request by email (Push & Pay) and lists its messages; a bad phone is refused naming it", async () => {
    const created = await client.paymentRequests.create({ ...params(), sendTo: { email: "sdk-push@example.com" } });
    expect(created.qrCodeUrl).toBe(`${apiBase}/pay/${created.id}/qr.svg`);
    expect(created.messages).toEqual([expect.objectContaining({ object: "message", channel: "email", recipient: "sdk-push@example.com" })]);
    expect((await client.paymentRequests.retrieve(created.id)).messages).toHaveLength(1);
    const refused = await client.paymentRequests.create({ ...params(), sendTo: { phone: "0612345678" } }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400, code: "parameter_invalid", param: "sendTo[phone]" });
  });

  it("replays the first answer for the same Idempotency-Key and body", async () => {
    const body = params();
    const idempotencyKey = `sdk-${randomUUID()}`;
    const first = await client.paymentRequests.create(body, { idempotencyKey });
    const second = await client.paymentRequests.create(body, { idempotencyKey });
    expect(second.id).toBe(first.id);
  });

  it("refuses the same Idempotency-Key with another body with a JetonIdempotencyError", async () => {
    const idempotencyKey = `sdk-${randomUUID()}`;
    await client.paymentRequests.create(params(), { idempotencyKey });
    const error = await client.paymentRequests.create({ ...params(), amount: 5 }, { idempotencyKey }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonIdempotencyError);
    expect(error).toBeInstanceOf(JetonApiError);
    expect(error).toMatchObject({ status: 409, type: "idempotency_error", code: "idempotency_error" });
  });

  it("answers an unknown id with a 404 resource_not_found", async () => {
    // Thunks: a second call started before the first is awaited would reject with nobody listening yet.
    for (const attempt of [() => client.paymentRequests.retrieve("pr_doesnotexist0000000000"), () => client.cardTokens.retrieve("ctok_nope")]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JetonApiError);
      expect(error).toMatchObject({ status: 404, code: "resource_not_found" });
    }
  });

  it("reports a parameter error with the parameter's name", async () => {
    const error = await client.paymentRequests.create({ ...params(), currency: "eur" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonInvalidRequestError);
    expect(error).toMatchObject({ status: 400, code: "parameter_invalid", param: "currency" });
  });

  it("refuses a wrong key with a JetonAuthenticationError", async () => {
    const stranger = createJetonClient({ apiBase: apiBase!, secretKey: "sk_test_thisKeyWasNeverIssuedByJeton00" });
    const error = await stranger.paymentRequests.retrieve("pr_any").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonAuthenticationError);
    expect(error).toMatchObject({ status: 401, type: "authentication_error", code: "invalid_api_key" });
  });

  it("reads a card token made from the merchant's origin, never its number", async () => {
    const { cardTokenId } = await tokenize();
    const token = await client.cardTokens.retrieve(cardTokenId);
    expect(token).toMatchObject({ cardTokenId, status: "active", card: { last4: "4242" } });
    expect(JSON.stringify(token)).not.toContain("4242424242424242");
  });

  it("serves the OpenAPI document and the API reference built from it", async () => {
    const response = await fetch(`${apiBase}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: apiBase }]);
    expect(Object.keys(document.paths["/api/v1/payment-requests"] ?? {}).sort()).toEqual(["get", "post"]);
    const page = await fetch(`${apiBase}/docs/api`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Jeton API reference");
    expect(html).toContain("/api/v1/payment-requests/{id}/cancel");
  });

  describe("transactions", () => {
    const charge = async (number: string, captureMode: "automatic" | "manual" = "automatic", idempotencyKey?: string) => {
      const { cardTokenId } = await tokenize(number);
      return client.transactions.create(
        { amount: 4200, currency: "EUR", cardTokenId, captureMode, merchantReference: `sdk-${randomUUID().slice(0, 8)}` },
        idempotencyKey ? { idempotencyKey } : {},
      );
    };

    it("charges a card token, captures part of it, refuses a refund before settlement, cancels", async () => {
      const authorized = await charge("4242424242424242", "manual");
      expect(authorized).toMatchObject({ object: "transaction", status: "authorized", amount: 4200, capturedAmount: 0, card: { last4: "4242" } });
      const captured = await client.transactions.capture(authorized.id, { amount: 1500 });
      expect(captured).toMatchObject({ id: authorized.id, status: "captured", capturedAmount: 1500 });
      const refused = await client.transactions.refund(authorized.id, { amount: 100 }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(JetonInvalidRequestError);
      expect(refused).toMatchObject({ status: 409, code: "transaction_not_refundable" });
      expect(await client.transactions.cancel(authorized.id)).toMatchObject({ id: authorized.id, status: "canceled" });
      const again = await client.transactions.cancel(authorized.id).catch((e: unknown) => e);
      expect(again).toMatchObject({ status: 409, code: "transaction_not_cancelable" });
      const detail = await client.transactions.retrieve(authorized.id);
      expect(detail.timeline.map((entry) => entry.type)).toEqual(["transaction.authorized", "transaction.captured", "transaction.canceled"]);
    });

    it("throws a JetonCardError with the decline code and the recorded transaction", async () => {
      const error = await charge("4000000000009995").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JetonCardError);
      expect(error).toMatchObject({ status: 402, code: "card_declined", declineCode: "insufficient_funds" });
      const transactionId = (error as JetonCardError).transactionId;
      expect(transactionId).toMatch(/^tx_/);
      expect(await client.transactions.retrieve(transactionId!)).toMatchObject({ status: "declined", declineCode: "insufficient_funds" });
    });

    it("replays a creation with its Idempotency-Key, and refuses a token used twice", async () => {
      const { cardTokenId } = await tokenize();
      const params = { amount: 990, currency: "EUR", cardTokenId };
      const idempotencyKey = `sdk-${randomUUID()}`;
      const first = await client.transactions.create(params, { idempotencyKey });
      expect((await client.transactions.create(params, { idempotencyKey })).id).toBe(first.id);
      const reused = await client.transactions.create(params).catch((e: unknown) => e);
      expect(reused).toBeInstanceOf(JetonInvalidRequestError);
      expect(reused).toMatchObject({ status: 409, code: "card_token_used" });
    });

    it("answers requires_action with a client secret for a card that needs a challenge", async () => {
      const pending = await charge("4000000000003220");
      expect(pending).toMatchObject({ status: "requires_action", nextAction: { type: "three_ds_challenge" } });
      expect(pending.clientSecret).toEqual(expect.any(String));
      const status = await fetch(`${apiBase}/api/v1/transactions/${pending.id}/status?client_secret=${encodeURIComponent(pending.clientSecret!)}`);
      expect(await status.json()).toMatchObject({ id: pending.id, status: "requires_action" });
    });

    // `jeton settle` opens the platform's database beside the running server: PostgreSQL allows it, a PGlite folder is locked.
    it.skipIf(!process.env.DATABASE_URL)("refunds after settlement, partially then the rest, never more", async () => {
      const captured = await charge("4242424242424242");
      await promisify(execFile)("npx", ["jeton", "settle"], { cwd: new URL("../../..", import.meta.url).pathname, env: process.env });
      expect(await client.transactions.retrieve(captured.id)).toMatchObject({ status: "settled" });
      const partial = await client.transactions.refund(captured.id, { amount: 1000, reason: "sdk test" });
      expect(partial).toMatchObject({ object: "refund", amount: 1000, transaction: { status: "partially_refunded", refundedAmount: 1000 } });
      const tooMuch = await client.transactions.refund(captured.id, { amount: 4000 }).catch((e: unknown) => e);
      expect(tooMuch).toMatchObject({ status: 400, code: "refund_exceeds_remaining" });
      const rest = await client.transactions.refund(captured.id);
      expect(rest).toMatchObject({ amount: 3200, transaction: { status: "refunded", refundedAmount: 4200 } });
      expect((await client.transactions.listRefunds(captured.id)).data.map((refund) => refund.amount)).toEqual([1000, 3200]);
    });
  });

  it("saves a card on a customer, charges it without CVC, and never after it is deleted", async () => {
    const { cardTokenId } = await tokenize();
    const customer = await client.customers.create({ email: "sdk@example.com", cardTokenId });
    const card = customer.cards[0]!;
    expect(card).toMatchObject({ object: "card", customerId: customer.id, last4: "4242", consent: { method: "api" } });
    // A merchant-initiated charge comes after a first payment the shopper makes with the card.
    const early = await client.transactions
      .create({ amount: 500, currency: "EUR", customerId: customer.id, cardId: card.id, initiatedBy: "merchant" })
      .catch((e: unknown) => e);
    expect(early).toMatchObject({ status: 409, code: "merchant_initiated_not_allowed" });
    expect(await client.transactions.create({ amount: 500, currency: "EUR", customerId: customer.id, cardId: card.id })).toMatchObject({ status: "captured" });
    const recurring = await client.transactions.create({ amount: 500, currency: "EUR", customerId: customer.id, cardId: card.id, initiatedBy: "merchant" });
    expect(recurring).toMatchObject({ status: "captured", customerId: customer.id, cardId: card.id, initiatedBy: "merchant" });
    await client.customers.cards.delete(customer.id, card.id);
    const refused = await client.transactions
      .create({ amount: 500, currency: "EUR", customerId: customer.id, cardId: card.id, initiatedBy: "merchant" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(JetonApiError);
    expect(refused).toMatchObject({ code: "card_not_chargeable" });
  });
  it("manages webhook endpoints and reads events with their delivery log", async () => {
    // The platform refuses hosts that do not resolve or are private; the e2e run lets test keys reach 127.0.0.1 (a closed port here).
    const endpoint = await client.webhookEndpoints.create({ url: "http://127.0.0.1:9/sdk-hooks", events: ["payment_request.canceled"] });
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect((await client.webhookEndpoints.list()).data.map((e) => e.id)).toContain(endpoint.id);
    expect(await client.webhookEndpoints.retrieve(endpoint.id)).not.toHaveProperty("secret");
    const pr = await client.paymentRequests.create(params());
    await client.paymentRequests.cancel(pr.id);
    const events = await client.events.list({ objectId: pr.id, type: "payment_request.canceled" });
    expect(events.data).toHaveLength(1);
    const event = await client.events.retrieve(events.data[0]!.id);
    expect(event.data).toMatchObject({ id: pr.id, status: "canceled" });
    const log = await client.events.deliveries(event.id);
    expect(log.data.map((d) => d.endpointId)).toContain(endpoint.id);
    expect(await client.webhookEndpoints.delete(endpoint.id)).toMatchObject({ id: endpoint.id, deleted: true });
    await expect(client.webhookEndpoints.retrieve(endpoint.id)).rejects.toMatchObject({ status: 404, code: "resource_not_found" });
  });
});
