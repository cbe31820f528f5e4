import { createHash } from "node:crypto";
import {
  ACS_TEST_CODE,
  createCardToken,
  createId,
  createMerchant,
  decodeCReq,
  expirePendingChallenges,
  setThreeDsPolicy,
  submitAcsChallenge,
  type AuthorizationRequest,
  type CreatedMerchant,
} from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { expectOneIdempotentRun } from "@/server/testing/expect-one-idempotent-run";
import { handleTransactionChallenge } from "../../../(checkout)/three-ds/[id]/handler";
import { handleTransactionChallengeNotification } from "../../../(checkout)/three-ds/[id]/notify/handler";
import { handleGetTransactionStatus } from "./[id]/status/handler";
import { handleCreateTransaction } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;
const SHOP_A = "https://shop-a.example";
const SHOP_B = "https://shop-b.example";
/** What the acquirer was asked, in order (the PAN left out). */
let authorizations: Array<Omit<AuthorizationRequest, "pan">>;

const A = () => ({ merchantId: shopA.merchantId, secretKey: shopA.keys.test.secretKey });

async function tokenize(pan: string, merchant: CreatedMerchant = shopA): Promise<string> {
  const token = await createCardToken(ctx, {
    merchantId: merchant.merchantId,
    mode: "test",
    card: { number: pan, expMonth: "12", expYear: "2034", cvc: "123" },
  });
  return token.cardTokenId;
}

/** A customer with a saved card, written directly (the customers API is another part's). */
async function saveCard(pan: string, merchant: CreatedMerchant = shopA): Promise<{ customerId: string; cardId: string }> {
  const customerId = createId("cus");
  const cardId = createId("card");
  const sealed = ctx.vault.seal(pan, "pan");
  await ctx.db.insert(schema.customers).values({ id: customerId, merchantId: merchant.merchantId, mode: "test", email: "ada@example.com" });
  await ctx.db.insert(schema.cards).values({
    id: cardId,
    merchantId: merchant.merchantId,
    mode: "test",
    customerId,
    panSealed: sealed.value,
    panKekId: sealed.kekId,
    fingerprint: ctx.vault.fingerprint(pan),
    brand: "visa",
    bin: pan.slice(0, 6),
    last4: pan.slice(-4),
    expMonth: 12,
    expYear: 2034,
  });
  return { customerId, cardId };
}

function create(body: unknown, { key = A().secretKey, idempotencyKey, raw }: { key?: string; idempotencyKey?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
  return ctx.respond(
    handleCreateTransaction(new Request("https://pay.example/api/v1/transactions", { method: "POST", headers, body: raw ?? JSON.stringify(body) }), ctx),
  );
}

const statusOf = (id: string, clientSecret: string, origin?: string) =>
  handleGetTransactionStatus(
    new Request(`https://pay.example/api/v1/transactions/${id}/status?client_secret=${encodeURIComponent(clientSecret)}`, {
      headers: origin ? { origin } : {},
    }),
    ctx,
    { id },
  );

const challengePage = (id: string, clientSecret: string, origin = SHOP_A) =>
  ctx.respond(
    handleTransactionChallenge(
      new Request(`https://pay.example/three-ds/${id}?${new URLSearchParams({ client_secret: clientSecret, origin, lang: "en" })}`, {
        headers: { "x-nonce": "n0nce" },
      }),
      ctx,
      { id },
    ),
  );

/** The bank's side of the challenge: the CReq the page posts, answered with `code`, and the notification that follows. */
async function answerChallenge(id: string, clientSecret: string, codes: string[], routeId = id): Promise<Response> {
  const page = await (await challengePage(id, clientSecret)).text();
  const creq = /name="creq" value="([^"]+)"/.exec(page)?.[1] ?? "";
  const { acsTransID } = decodeCReq(creq);
  let answer;
  for (const code of codes) answer = await submitAcsChallenge(ctx, { acsTransId: acsTransID, code });
  if (!answer?.cres || !answer.notificationUrl) throw new Error("the challenge did not end");
  return ctx.respond(
    handleTransactionChallengeNotification(
      new Request(answer.notificationUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-nonce": "n0nce" },
        body: new URLSearchParams({ cres: answer.cres }).toString(),
      }),
      ctx,
      { id: routeId },
    ),
  );
}

async function expectError(pending: Promise<Response>, status: number, code: string, param?: string) {
  const response = await pending;
  expect(response.status).toBe(status);
  const { error } = await response.json();
  expect(error.code).toBe(code);
  if (param) expect(error.param).toBe(param);
  return error;
}

const transactions = () => ctx.db.select().from(schema.transactions);
const row = async (id: string) => (await ctx.db.select().from(schema.transactions).where(eq(schema.transactions.id, id)))[0]!;
const tokenRow = async (id: string) => (await ctx.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, id)))[0]!;
const eventTypes = async (id: string) =>
  (await ctx.db.select().from(schema.events).where(eq(schema.events.objectId, id))).map((e) => e.type).sort();

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
  const acquirer = ctx.acquirers.test!;
  ctx.acquirers = {
    test: {
      ...acquirer,
      authorize: (request) => {
        const { pan: _pan, ...rest } = request;
        authorizations.push(rest);
        return acquirer.authorize(request);
      },
    },
  };
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  authorizations = [];
  await setThreeDsPolicy(ctx, shopA.merchantId, { threeDsPolicy: "issuer", threshold: null, thresholdCurrency: null });
});

const payment = { amount: 2500, currency: "EUR", merchantReference: "order-1", customerEmail: "ada@example.com" };

describe("POST /api/v1/transactions from a card token", () => {
  it("captures 4242 at once, consumes the token and erases its CVC", async () => {
    const cardTokenId = await tokenize("4242424242424242");
    const response = await create({ ...payment, cardTokenId });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ object: "transaction", status: "captured", amount: 2500, currency: "EUR", capturedAmount: 2500, merchantReference: "order-1" });
    expect(body).toMatchObject({ channel: "api", storedCredential: false, initiatedBy: "customer", customerId: null, cardId: null, sourceTransactionId: null });
    expect(body.clientSecret).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain("4242424242424242");
    const stored = await row(body.id);
    expect(stored).toMatchObject({ channel: "api", storedCredential: false, initiatedBy: "customer", cardTokenId, paymentRequestId: null });
    const token = await tokenRow(cardTokenId);
    expect(token.usedAt).not.toBeNull();
    expect(token.cvcSealed).toBeNull();
    expect(authorizations).toEqual([expect.objectContaining({ cvc: "123", initiator: "customer" })]);
    expect(await eventTypes(body.id)).toEqual(["transaction.authorized", "transaction.captured"]);
  });

  it("only authorizes in manual capture mode", async () => {
    const response = await create({ ...payment, captureMode: "manual", cardTokenId: await tokenize("5555555555554444") });
    expect(await response.json()).toMatchObject({ status: "authorized", captureMode: "manual", capturedAmount: 0 });
  });

  it("refuses a token used twice, and creates nothing the second time", async () => {
    const cardTokenId = await tokenize("4242424242424242");
    expect((await create({ ...payment, cardTokenId })).status).toBe(201);
    await expectError(create({ ...payment, cardTokenId }), 409, "card_token_used", "cardTokenId");
    expect((await transactions()).filter((t) => t.cardTokenId === cardTokenId)).toHaveLength(1);
  });

  it("records a decline and answers 402 card_declined naming the transaction", async () => {
    const cardTokenId = await tokenize("4000000000009995");
    const error = await expectError(create({ ...payment, cardTokenId }), 402, "card_declined");
    expect(error.declineCode).toBe("insufficient_funds");
    expect(error.type).toBe("card_error");
    expect(await row(error.transactionId)).toMatchObject({ status: "declined", declineCode: "insufficient_funds", responseCode: "51", channel: "api" });
    expect((await tokenRow(cardTokenId)).usedAt).not.toBeNull();
    await expectError(create({ ...payment, cardTokenId }), 409, "card_token_used");
  });

  it("refuses an expired token", async () => {
    const cardTokenId = await tokenize("4242424242424242");
    ctx.clock.advance(16 * 60_000);
    try {
      await expectError(create({ ...payment, cardTokenId }), 410, "card_token_expired");
    } finally {
      ctx.clock.advance(-16 * 60_000);
    }
  });

  it("refuses initiatedBy on a card token: a shopper just typed it", async () => {
    const cardTokenId = await tokenize("4242424242424242");
    await expectError(create({ ...payment, cardTokenId, initiatedBy: "merchant" }), 400, "parameter_invalid", "initiatedBy");
    expect((await tokenRow(cardTokenId)).usedAt).toBeNull();
  });
});

describe("3-D Secure challenge for an API transaction", () => {
  it("answers requires_action with a client secret; the challenge then captures the payment", async () => {
    const cardTokenId = await tokenize("4000000000003220");
    const response = await create({ ...payment, cardTokenId });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ status: "requires_action", nextAction: { type: "three_ds_challenge" } });
    expect(body.clientSecret).toMatch(new RegExp(`^${body.id}_secret_[0-9a-f]{64}$`));
    const stored = await row(body.id);
    expect(stored.clientSecretHash).toBe(createHash("sha256").update(body.clientSecret).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(body.clientSecret);
    // The token is taken (a second payment cannot use it) but its CVC waits for the authorization.
    const reserved = await tokenRow(cardTokenId);
    expect(reserved.usedAt).not.toBeNull();
    expect(reserved.cvcSealed).not.toBeNull();
    await expectError(create({ ...payment, cardTokenId }), 409, "card_token_used");

    const status = await statusOf(body.id, body.clientSecret, SHOP_A);
    expect(status.status).toBe(200);
    expect(status.headers.get("access-control-allow-origin")).toBe(SHOP_A);
    expect(await status.json()).toMatchObject({ id: body.id, status: "requires_action", declineCode: null, actionExpiresAt: expect.any(String) });

    const notification = await answerChallenge(body.id, body.clientSecret, [ACS_TEST_CODE]);
    expect(notification.status).toBe(200);
    const html = await notification.text();
    // The outcome goes to the merchant page, two frames up, and only to its exact origin.
    expect(html).toContain(`window.parent.parent.postMessage({"source":"jeton","type":"three_ds_complete","transactionId":"${body.id}","status":"captured","declineCode":null}, "${SHOP_A}")`);
    expect(html).toContain('<script nonce="n0nce">');
    expect(await row(body.id)).toMatchObject({ status: "captured", clientSecretHash: stored.clientSecretHash });
    expect((await tokenRow(cardTokenId)).cvcSealed).toBeNull();
    expect(authorizations).toEqual([expect.objectContaining({ cvc: "123", threeDs: expect.objectContaining({ transStatus: "Y" }) })]);
    expect(await (await statusOf(body.id, body.clientSecret)).json()).toMatchObject({ status: "captured", actionExpiresAt: null });

    // Opening the challenge again only tells the outcome, to the page that framed it.
    const again = await (await challengePage(body.id, body.clientSecret)).text();
    expect(again).not.toContain("creq");
    expect(again).toContain(`window.parent.postMessage({"source":"jeton","type":"three_ds_complete","transactionId":"${body.id}","status":"captured"`);
  });

  it("ends authentication_failed after three wrong codes, and declined for 1629 after a good one", async () => {
    const failed = await (await create({ ...payment, cardTokenId: await tokenize("4000000000003220") })).json();
    const html = await (await answerChallenge(failed.id, failed.clientSecret, ["000000", "111111", "222222"])).text();
    expect(html).toContain('"status":"authentication_failed"');
    expect(await row(failed.id)).toMatchObject({ status: "authentication_failed" });

    const declined = await (await create({ ...payment, cardTokenId: await tokenize("4000008400001629") })).json();
    const declinedHtml = await (await answerChallenge(declined.id, declined.clientSecret, [ACS_TEST_CODE])).text();
    expect(declinedHtml).toContain('"status":"declined","declineCode":"do_not_honor"');
    expect(authorizations).toHaveLength(1);
  });

  it("tells no merchant page the outcome when the notification arrives under another transaction's route (framed for another merchant)", async () => {
    const body = await (await create({ ...payment, cardTokenId: await tokenize("4000000000003220") })).json();
    const other = await (await create({ ...payment, cardTokenId: await tokenize("4000000000003220") })).json();
    const response = await answerChallenge(body.id, body.clientSecret, [ACS_TEST_CODE], other.id);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain("three_ds_complete");
  });

  it("authorizes after the challenge even when the token's own 15 minutes ran out meanwhile", async () => {
    const cardTokenId = await tokenize("4000000000003220");
    ctx.clock.advance(14 * 60_000);
    try {
      const body = await (await create({ ...payment, cardTokenId })).json();
      ctx.clock.advance(3 * 60_000);
      const html = await (await answerChallenge(body.id, body.clientSecret, [ACS_TEST_CODE])).text();
      expect(html).toContain('"status":"captured"');
    } finally {
      ctx.clock.advance(-17 * 60_000);
    }
  });

  it("forces a challenge on 4242 when the merchant's policy is always", async () => {
    await setThreeDsPolicy(ctx, shopA.merchantId, { threeDsPolicy: "always", threshold: null, thresholdCurrency: null });
    const body = await (await create({ ...payment, cardTokenId: await tokenize("4242424242424242") })).json();
    expect(body.status).toBe("requires_action");
    expect(authorizations).toEqual([]);
  });

  it("tells the merchant (secret key) a card is stolen, lost or suspected of fraud; the browser (client secret, challenge page) only card_declined", async () => {
    await setThreeDsPolicy(ctx, shopA.merchantId, { threeDsPolicy: "always", threshold: null, thresholdCurrency: null });
    for (const [pan, code] of [["4000000000009979", "stolen_card"], ["4000000000009987", "lost_card"], ["4100000000000019", "fraudulent"]] as const) {
      const started = await (await create({ ...payment, cardTokenId: await tokenize(pan) })).json();
      expect(started.status).toBe("requires_action");
      const page = await (await answerChallenge(started.id, started.clientSecret, [ACS_TEST_CODE])).text();
      expect(page).toContain('"status":"declined","declineCode":"card_declined"');
      expect(page).not.toContain(code);
      const status = await (await statusOf(started.id, started.clientSecret)).text();
      expect(JSON.parse(status)).toMatchObject({ status: "declined", declineCode: "card_declined" });
      expect(status).not.toContain(code);
      // The merchant's own record keeps the precise reason.
      expect(await row(started.id)).toMatchObject({ status: "declined", declineCode: code });
    }
  });

  it("refuses a wrong client secret everywhere, showing nothing", async () => {
    const body = await (await create({ ...payment, cardTokenId: await tokenize("4000000000003220") })).json();
    const other = await (await create({ ...payment, cardTokenId: await tokenize("4000000000003220") })).json();
    const forged = `${body.id}_secret_${"0".repeat(64)}`;
    for (const secret of [forged, other.clientSecret, "", "tx_nope", `${body.clientSecret}0`]) {
      await expectError(statusOf(body.id, secret), secret === "" ? 400 : 403, secret === "" ? "parameter_invalid" : "invalid_client_secret");
      const page = await challengePage(body.id, secret);
      expect(page.status).toBe(403);
      expect(await page.text()).not.toContain("creq");
    }
    // Another merchant's registered origin neither frames the challenge nor reads the status.
    const page = await challengePage(body.id, body.clientSecret, SHOP_B);
    expect(page.status).toBe(403);
    expect(await page.text()).not.toContain("creq");
    const status = await statusOf(body.id, body.clientSecret, SHOP_B);
    expect(status.status).toBe(403);
    expect(status.headers.get("access-control-allow-origin")).toBeNull();
    expect(await row(body.id)).toMatchObject({ status: "requires_action" });
  });

  it("points the bank's notification at the registered framing origin", async () => {
    const body = await (await create({ ...payment, cardTokenId: await tokenize("4000000000003220") })).json();
    await challengePage(body.id, body.clientSecret);
    const [session] = await ctx.db.select().from(schema.threeDsSessions).where(eq(schema.threeDsSessions.transactionId, body.id));
    expect(session?.notificationUrl).toBe(`https://pay.example/three-ds/${body.id}/notify?origin=${encodeURIComponent(SHOP_A)}&lang=en`);
  });

  it("expires a challenge never completed, like the hosted page's", async () => {
    const body = await (await create({ ...payment, cardTokenId: await tokenize("4000000000003220") })).json();
    ctx.clock.advance(11 * 60_000);
    try {
      expect(await (await statusOf(body.id, body.clientSecret)).json()).toMatchObject({ status: "expired" });
      const expired = await expirePendingChallenges(ctx);
      expect(expired.map((t) => t.id)).toContain(body.id);
      expect(await row(body.id)).toMatchObject({ status: "expired" });
      expect(await eventTypes(body.id)).toEqual(["transaction.expired", "transaction.requires_action"]);
    } finally {
      ctx.clock.advance(-11 * 60_000);
    }
  });
});

describe("POST /api/v1/transactions from a saved card", () => {
  it("charges it without CVC, flagged as stored credentials (one-click)", async () => {
    const saved = await saveCard("4242424242424242");
    const body = await (await create({ ...payment, ...saved })).json();
    expect(body).toMatchObject({ status: "captured", ...saved, storedCredential: true, initiatedBy: "customer", channel: "api" });
    expect(await row(body.id)).toMatchObject({ ...saved, storedCredential: true, initiatedBy: "customer", cardTokenId: null, channel: "api" });
    expect(authorizations).toEqual([expect.objectContaining({ cvc: undefined, initiator: "customer" })]);
  });

  it("runs the challenge for a one-click payment, and authorizes the saved card after it", async () => {
    const saved = await saveCard("4000000000003220");
    const body = await (await create({ ...payment, ...saved })).json();
    expect(body.status).toBe("requires_action");
    const html = await (await answerChallenge(body.id, body.clientSecret, [ACS_TEST_CODE])).text();
    expect(html).toContain('"status":"captured"');
    expect(authorizations).toEqual([expect.objectContaining({ cvc: undefined, initiator: "customer" })]);
  });

  it("skips 3-D Secure for a merchant-initiated charge, even under an `always` policy", async () => {
    await setThreeDsPolicy(ctx, shopA.merchantId, { threeDsPolicy: "always", threshold: null, thresholdCurrency: null });
    const saved = await saveCard("4000000000003220");
    // Saved with the shopper's consent, after a first payment the shopper made (stored-credential rules).
    await ctx.db
      .update(schema.cards)
      .set({ consentObtainedAt: ctx.clock.now(), consentMethod: "api", initialTransactionId: "tx_AAAAAAAAAAAAAAAAAAAAAA" })
      .where(eq(schema.cards.id, saved.cardId));
    const body = await (await create({ ...payment, ...saved, initiatedBy: "merchant" })).json();
    expect(body).toMatchObject({ status: "captured", threeDs: null });
    expect(await row(body.id)).toMatchObject({ initiatedBy: "merchant", storedCredential: true });
    expect(authorizations).toEqual([expect.objectContaining({ initiator: "merchant", cvc: undefined, threeDs: undefined })]);
  });

  it("refuses a deleted card and a card of another customer, creating nothing", async () => {
    const saved = await saveCard("4242424242424242");
    const other = await saveCard("5555555555554444");
    const before = (await transactions()).length;
    await expectError(create({ ...payment, customerId: other.customerId, cardId: saved.cardId }), 409, "card_not_chargeable", "cardId");
    await ctx.db.update(schema.cards).set({ deletedAt: ctx.clock.now() }).where(eq(schema.cards.id, saved.cardId));
    await expectError(create({ ...payment, ...saved }), 409, "card_not_chargeable", "cardId");
    expect((await transactions()).length).toBe(before);
    expect(authorizations).toEqual([]);
  });
});

describe("POST /api/v1/transactions from an earlier transaction (duplicate)", () => {
  it("charges the card of a past payment again, without CVC", async () => {
    const cardTokenId = await tokenize("4242424242424242");
    const original = await (await create({ ...payment, cardTokenId })).json();
    const response = await create({ amount: 990, currency: "EUR", sourceTransactionId: original.id, initiatedBy: "customer" });
    expect(response.status).toBe(201);
    const duplicate = await response.json();
    expect(duplicate).toMatchObject({ status: "captured", amount: 990, card: original.card, sourceTransactionId: original.id, storedCredential: true });
    expect(await row(duplicate.id)).toMatchObject({ sourceTransactionId: original.id, cardTokenId, storedCredential: true, initiatedBy: "customer" });
    expect(authorizations.at(-1)).toMatchObject({ cvc: undefined, initiator: "customer" });
    // A duplicate of the duplicate charges the same card.
    const again = await (await create({ amount: 100, currency: "EUR", sourceTransactionId: duplicate.id })).json();
    expect(again).toMatchObject({ status: "captured", card: original.card });
  });

  it("duplicates a saved-card payment from its card, unless the card was deleted since", async () => {
    const saved = await saveCard("4242424242424242");
    const original = await (await create({ ...payment, ...saved })).json();
    const duplicate = await (await create({ ...payment, sourceTransactionId: original.id })).json();
    expect(await row(duplicate.id)).toMatchObject({ cardId: saved.cardId, customerId: saved.customerId, sourceTransactionId: original.id });
    await ctx.db.update(schema.cards).set({ deletedAt: ctx.clock.now() }).where(eq(schema.cards.id, saved.cardId));
    await expectError(create({ ...payment, sourceTransactionId: original.id }), 409, "source_transaction_not_reusable", "sourceTransactionId");
  });

  it("refuses to charge again a card that was never authorized", async () => {
    const declined = await expectError(create({ ...payment, cardTokenId: await tokenize("4000000000000002") }), 402, "card_declined");
    await expectError(create({ ...payment, sourceTransactionId: declined.transactionId }), 409, "source_transaction_not_reusable");
  });
});

describe("other merchants' objects", () => {
  it("are unknown (404), and nothing is created or used up", async () => {
    const tokenB = await tokenize("4242424242424242", shopB);
    const savedB = await saveCard("4242424242424242", shopB);
    const savedA = await saveCard("4242424242424242");
    const paidB = await (await create({ ...payment, cardTokenId: await tokenize("4242424242424242", shopB) }, { key: shopB.keys.test.secretKey })).json();
    const before = (await transactions()).length;
    authorizations = [];
    await expectError(create({ ...payment, cardTokenId: tokenB }), 404, "resource_not_found", "cardTokenId");
    await expectError(create({ ...payment, ...savedB }), 404, "resource_not_found", "customerId");
    await expectError(create({ ...payment, customerId: savedA.customerId, cardId: savedB.cardId }), 404, "resource_not_found", "cardId");
    await expectError(create({ ...payment, customerId: savedB.customerId, cardId: savedA.cardId }), 404, "resource_not_found", "customerId");
    await expectError(create({ ...payment, sourceTransactionId: paidB.id }), 404, "resource_not_found", "sourceTransactionId");
    // The live key of the same merchant does not see test objects either.
    await expectError(create({ ...payment, cardTokenId: await tokenize("4242424242424242") }, { key: shopA.keys.live.secretKey }), 404, "resource_not_found");
    expect((await transactions()).length).toBe(before);
    expect((await tokenRow(tokenB)).usedAt).toBeNull();
    expect(authorizations).toEqual([]);
  });
});

describe("bad requests", () => {
  it.each([
    ["no source", { ...payment }, "cardTokenId"],
    ["two sources", { ...payment, cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA", sourceTransactionId: "tx_AAAAAAAAAAAAAAAAAAAAAA" }, "cardTokenId"],
    ["a card without its customer", { ...payment, cardId: "card_AAAAAAAAAAAAAAAAAAAAAA" }, "customerId"],
    ["a customer without a card", { ...payment, customerId: "cus_AAAAAAAAAAAAAAAAAAAAAA" }, "cardId"],
    ["a zero amount", { ...payment, amount: 0, cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "amount"],
    ["a negative amount", { ...payment, amount: -1, cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "amount"],
    ["a fractional amount", { ...payment, amount: 10.5, cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "amount"],
    ["an amount as a string", { ...payment, amount: "2500", cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "amount"],
    ["an amount past 2^53", { ...payment, amount: 2 ** 53, cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "amount"],
    ["an unknown currency", { ...payment, currency: "XYZ", cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "currency"],
    ["a lowercase currency", { ...payment, currency: "eur", cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "currency"],
    ["a bad capture mode", { ...payment, captureMode: "later", cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA" }, "captureMode"],
    ["a card token id of the wrong shape", { ...payment, cardTokenId: "card_AAAAAAAAAAAAAAAAAAAAAA" }, "cardTokenId"],
    ["a card number instead of a token", { ...payment, card: { number: "4242424242424242" } }, undefined],
    ["a bad initiatedBy", { ...payment, sourceTransactionId: "tx_AAAAAAAAAAAAAAAAAAAAAA", initiatedBy: "robot" }, "initiatedBy"],
  ])("refuses %s with parameter_invalid, creating nothing", async (_name, body, param) => {
    const before = (await transactions()).length;
    const error = await expectError(create(body), 400, "parameter_invalid");
    if (param) expect(error.param).toBe(param);
    expect(JSON.stringify(error)).not.toContain("4242424242424242");
    expect((await transactions()).length).toBe(before);
  });

  it("refuses malformed JSON, huge bodies, wrong content types and keys", async () => {
    const before = (await transactions()).length;
    await expectError(create(undefined, { raw: "{nope" }), 400, "invalid_json");
    await expectError(create(undefined, { raw: "[1,2]" }), 400, "invalid_json");
    await expectError(create(undefined, { raw: JSON.stringify({ ...payment, merchantReference: "x".repeat(1 << 20) }) }), 413, "body_too_large");
    await expectError(create(payment, { key: shopA.keys.test.publishableKey }), 401, "wrong_key_kind");
    await expectError(create(payment, { key: "sk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAA" }), 401, "invalid_api_key");
    const text = await ctx.respond(
      handleCreateTransaction(
        new Request("https://pay.example/api/v1/transactions", { method: "POST", headers: { authorization: `Bearer ${A().secretKey}`, "content-type": "text/plain" }, body: "{}" }),
        ctx,
      ),
    );
    expect(text.status).toBe(415);
    expect((await transactions()).length).toBe(before);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first answer, a decline included, and refuses the key with another body", async () => {
    const body = { ...payment, cardTokenId: await tokenize("4242424242424242") };
    const first = await create(body, { idempotencyKey: "tx-1" });
    const second = await create(body, { idempotencyKey: "tx-1" });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await second.json()).id).toBe((await first.json()).id);
    await expectError(create({ ...body, amount: 1 }, { idempotencyKey: "tx-1" }), 409, "idempotency_error");

    const declined = { ...payment, cardTokenId: await tokenize("4000000000009995") };
    const refused = await (await create(declined, { idempotencyKey: "tx-2" })).json();
    const replay = await create(declined, { idempotencyKey: "tx-2" });
    expect(replay.status).toBe(402);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect((await replay.json()).error.transactionId).toBe(refused.error.transactionId);
  });

  it("replays the same client secret for a challenge, derived again: the stored answer never holds it", async () => {
    const body = { ...payment, cardTokenId: await tokenize("4000000000003220") };
    const first = await (await create(body, { idempotencyKey: "tx-3" })).json();
    const replayed = await create(body, { idempotencyKey: "tx-3" });
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    const replay = await replayed.json();
    expect(replay).toMatchObject({ id: first.id, status: "requires_action", nextAction: { type: "three_ds_challenge" } });
    expect(replay.clientSecret).toBe(first.clientSecret);
    expect((await statusOf(first.id, replay.clientSecret, SHOP_A)).status).toBe(200);
    const stored = await ctx.db.select().from(schema.idempotencyKeys).where(eq(schema.idempotencyKeys.key, "tx-3"));
    expect(JSON.stringify(stored)).not.toContain(first.clientSecret);
    expect(JSON.stringify(stored)).not.toContain("clientSecret");
  });

  it("makes exactly one transaction out of 20 concurrent POSTs with one key; the others are refused while it runs, or replay it", async () => {
    const body = { ...payment, merchantReference: "concurrent", cardTokenId: await tokenize("4242424242424242") };
    const responses = await Promise.all(Array.from({ length: 20 }, () => create(body, { idempotencyKey: "tx-concurrent" })));
    await expectOneIdempotentRun(responses);
    expect((await transactions()).filter((t) => t.merchantReference === "concurrent")).toHaveLength(1);
    expect(authorizations).toHaveLength(1);
  });

  it("lets only one of 10 concurrent POSTs without a key use one token", async () => {
    const cardTokenId = await tokenize("4242424242424242");
    const responses = await Promise.all(Array.from({ length: 10 }, () => create({ ...payment, merchantReference: "race", cardTokenId })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect((await transactions()).filter((t) => t.merchantReference === "race")).toHaveLength(1);
  });
});
