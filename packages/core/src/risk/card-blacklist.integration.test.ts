import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform } from "../testing/create-test-platform";
import { createSimulatedAcquirer } from "../acquirer/create-simulated-acquirer";
import type { AuthorizationRequest } from "../acquirer/acquirer";
import { fixedClock } from "../clock/clock";
import { createMerchant } from "../merchants/create-merchant";
import type { TestPlatform } from "../testing/create-test-platform";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { payWithTestCard } from "../testing/pay-with-test-card";
import { createCardToken } from "../tokens/create-card-token";
import { ACS_TEST_CODE, submitAcsChallenge } from "../three-ds/submit-acs-challenge";
import { decodeCReq } from "../three-ds/challenge-messages";
import { completeCardPaymentChallenge } from "../payments/complete-card-payment-challenge";
import { createTransaction } from "../payments/create-transaction";
import { createVault } from "../vault/create-vault";
import { blacklistCard } from "./blacklist-card";
import { isCardBlacklisted } from "./is-card-blacklisted";
import { listBlacklistedCards } from "./list-blacklisted-cards";
import { toMerchantCardId } from "./merchant-card-id";
import { unblacklistCard } from "./unblacklist-card";
import { testUrls } from "../testing/test-urls";

let handle: DatabaseHandle;
let shopA: string;
let shopB: string;
const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
/** Every authorization the acquirer was asked for: a blocked payment must never reach it. */
const authorized: AuthorizationRequest[] = [];
const simulated = createSimulatedAcquirer();
const acquirer = { ...simulated, authorize: (request: AuthorizationRequest) => (authorized.push(request), simulated.authorize(request)) };
const deps = () => ({ db: handle.db, vault, clock, acquirers: { test: acquirer, live: acquirer }, urls: testUrls });
const CARD = "4242424242424242";
const OTHER_CARD = "5555555555554444";
/** The simulated issuer challenges this one (3-D Secure `C`). */
const CHALLENGE_CARD = "4000000000003220";

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId: shopA }, { merchantId: shopB }] = merchants;
});
afterAll(async () => {
  await handle?.close();
});

async function tokenRow(cardTokenId: string) {
  const [row] = await handle.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, cardTokenId));
  return row!;
}

/** A payment through the API path (POST /api/v1/transactions): a card token, then createTransaction. */
async function payByApi(merchantId: string, number = CARD, mode: "test" | "live" = "test") {
  const cvc = number.startsWith("3") ? "1234" : "123";
  const token = await createCardToken(deps(), { merchantId, mode, card: { number, expMonth: 12, expYear: 2030, cvc } });
  const attempt = createTransaction(deps(), { merchantId, mode, input: { amount: 1500, currency: "EUR", cardTokenId: token.cardTokenId } });
  return { cardTokenId: token.cardTokenId, attempt };
}

/** A payment through the hosted page path (submitPaymentAttempt). */
async function payByHostedPage(merchantId: string, returnUrl: string, number = CARD) {
  const request = await createPaymentRequest(deps(), {
    merchantId,
    mode: "test",
    input: { amount: 2500, currency: "EUR", returnUrl },
  });
  const result = await attemptCardPayment(deps(), request.id, number);
  if (result.kind !== "completed") throw new Error(`expected a completed attempt, got ${result.kind}`);
  return result;
}

describe("the card blacklist", () => {
  it("blocks the card's next payments before 3-D Secure and authorization, on the API and the hosted page, for this merchant only", async () => {
    const first = await payWithTestCard(deps(), { merchantId: shopA, returnUrl: "https://shop-a.example/r", captureMode: "automatic" });
    const added = await blacklistCard(deps(), { merchantId: shopA, mode: "test", transactionId: first.id, reason: "chargeback fraud", userId: "usr_x" });
    expect(added.created).toBe(true);
    expect(added.card).toMatchObject({ brand: "visa", bin: "424242", last4: "4242", masked: "424242******4242", reason: "chargeback fraud", sourceTransactionId: first.id });
    expect(added.card.id).toBe(toMerchantCardId(vault, shopA, first.fingerprint));

    // The API path: recorded as blocked, answered as a refusal naming it.
    authorized.length = 0;
    const api = await payByApi(shopA);
    const refusal = await api.attempt.catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "card_declined", declineCode: "blocked" });
    const blockedId = (refusal as { transactionId: string }).transactionId;
    const [blocked] = await handle.db.select().from(schema.transactions).where(eq(schema.transactions.id, blockedId));
    expect(blocked).toMatchObject({
      status: "blocked",
      merchantId: shopA,
      risk: { rule: "blacklist", blacklistedAt: added.card.createdAt, sourceTransactionId: first.id },
      authorizationCode: null,
      threeDs: null,
      capturedAmount: 0,
    });
    // The token is spent and its CVC erased, as after any attempt.
    expect(await tokenRow(api.cardTokenId)).toMatchObject({ cvcSealed: null });
    expect((await tokenRow(api.cardTokenId)).usedAt).not.toBeNull();
    const events = await handle.db.select().from(schema.events).where(eq(schema.events.objectId, blockedId));
    expect(events.map((e) => e.type)).toEqual(["transaction.blocked"]);
    expect(events[0]!.data).toMatchObject({ status: "blocked", risk: { rule: "blacklist" } });

    // The hosted page path: blocked, and the payment request stays open for another card.
    const hosted = await payByHostedPage(shopA, "https://shop-a.example/r");
    expect(hosted.transaction).toMatchObject({ status: "blocked", risk: { rule: "blacklist" } });
    expect(hosted.paymentRequest).toMatchObject({ status: "open", attempts: 1 });
    expect(authorized).toEqual([]);

    // Before 3-D Secure: a card the issuer would challenge is blocked without a challenge once blacklisted.
    const request = await createPaymentRequest(deps(), {
      merchantId: shopA,
      mode: "test",

      input: { amount: 900, currency: "EUR", returnUrl: "https://shop-a.example/r" },
    });
    const challenged = await attemptCardPayment(deps(), request.id, CHALLENGE_CARD);
    expect(challenged.kind).toBe("challenge");
    if (challenged.kind !== "challenge") return;
    await blacklistCard(deps(), { merchantId: shopA, mode: "test", transactionId: challenged.transaction.id });
    const retried = await attemptCardPayment(deps(), request.id, CHALLENGE_CARD);
    expect(retried).toMatchObject({ kind: "completed", transaction: { status: "blocked", threeDs: null } });
    if (retried.kind !== "completed") return;
    const sessions = await handle.db.select().from(schema.threeDsSessions).where(eq(schema.threeDsSessions.transactionId, retried.transaction.id));
    expect(sessions).toEqual([]);
    expect(authorized).toEqual([]);

    // Another card of the same merchant goes through.
    await expect((await payByApi(shopA, OTHER_CARD)).attempt).resolves.toMatchObject({ transaction: { status: "captured" } });
    // The same card at another merchant goes through: blacklists are per merchant.
    await expect((await payByApi(shopB)).attempt).resolves.toMatchObject({ transaction: { status: "captured" } });
    expect((await payByHostedPage(shopB, "https://shop-b.example/r")).transaction.status).toBe("captured");
    // …and in live mode too, the blacklist covers both modes of the merchant.
    await expect((await payByApi(shopA, CARD, "live")).attempt).rejects.toMatchObject({ declineCode: "blocked" });
  });

  it("blocks a payment whose card was blacklisted while its holder answered the 3-D Secure challenge", async () => {
    const { merchantId: shop } = await createMerchant({ db: handle.db }, { name: "Shop C", returnUrls: ["https://c.example/"] });
    const request = await createPaymentRequest(deps(), {
      merchantId: shop,
      mode: "test",
      input: { amount: 3100, currency: "EUR", returnUrl: "https://c.example/r" },
    });
    const started = await attemptCardPayment(deps(), request.id, CHALLENGE_CARD);
    if (started.kind !== "challenge") throw new Error("expected a challenge");
    await blacklistCard(deps(), { merchantId: shop, mode: "test", transactionId: started.transaction.id, reason: "fraud" });
    const { acsTransID, threeDSServerTransID } = decodeCReq(started.challenge.creq);
    await submitAcsChallenge(deps(), { acsTransId: acsTransID, code: ACS_TEST_CODE });
    authorized.length = 0;
    const finished = await completeCardPaymentChallenge(deps(), { threeDSServerTransID });
    expect(finished).toMatchObject({ status: "blocked", risk: { rule: "blacklist" }, threeDs: { transStatus: "Y", challenged: true }, actionExpiresAt: null });
    expect(authorized).toEqual([]);
    expect(await tokenRow(started.transaction.cardTokenId!)).toMatchObject({ cvcSealed: null });
  });

  it("blocks a charge of stored credentials (a duplicate of an earlier payment) too", async () => {
    const earlier = await payWithTestCard(deps(), { merchantId: shopB, returnUrl: "https://shop-b.example/r", captureMode: "automatic", amount: 700 });
    await blacklistCard(deps(), { merchantId: shopB, mode: "test", transactionId: earlier.id });
    const duplicate = createTransaction(deps(), {
      merchantId: shopB,
      mode: "test",
      input: { amount: 700, currency: "EUR", sourceTransactionId: earlier.id, initiatedBy: "customer" },
    });
    await expect(duplicate).rejects.toMatchObject({ code: "card_declined", declineCode: "blocked" });
    await unblacklistCard(deps(), { merchantId: shopB, cardId: toMerchantCardId(vault, shopB, earlier.fingerprint) });
  });

  it("is idempotent, refuses other merchants' payments, and unblacklisting lets the card through again", async () => {
    const tx = await payWithTestCard(deps(), { merchantId: shopA, returnUrl: "https://shop-a.example/r", captureMode: "automatic" });
    // Already on the list (first test): the first reason stays.
    const again = await blacklistCard(deps(), { merchantId: shopA, mode: "test", transactionId: tx.id, reason: "another reason" });
    expect(again).toMatchObject({ created: false, card: { reason: "chargeback fraud" } });
    const rows = await handle.db
      .select()
      .from(schema.cardBlacklist)
      .where(and(eq(schema.cardBlacklist.merchantId, shopA), eq(schema.cardBlacklist.fingerprint, tx.fingerprint)));
    expect(rows).toHaveLength(1);

    // Another merchant's payment, an unknown id, a garbage id, the wrong mode: not found, nothing written.
    for (const attempt of [
      { merchantId: shopB, mode: "test" as const, transactionId: tx.id },
      { merchantId: shopA, mode: "test" as const, transactionId: "tx_doesnotexist0000000000" },
      { merchantId: shopA, mode: "test" as const, transactionId: "'; drop table transactions; --" },
      { merchantId: shopA, mode: "live" as const, transactionId: tx.id },
    ]) {
      await expect(blacklistCard(deps(), attempt)).rejects.toMatchObject({ code: "resource_not_found" });
    }
    expect(await handle.db.select().from(schema.cardBlacklist).where(eq(schema.cardBlacklist.merchantId, shopB))).toEqual([]);
    await expect(blacklistCard(deps(), { merchantId: shopA, mode: "test", transactionId: tx.id, reason: "x".repeat(501) })).rejects.toMatchObject({
      code: "parameter_invalid",
    });

    // Another merchant cannot take the card off shop A's list.
    const cardId = again.card.id;
    await expect(unblacklistCard(deps(), { merchantId: shopB, cardId })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(unblacklistCard(deps(), { merchantId: shopA, cardId: "not a card id" })).rejects.toMatchObject({ code: "resource_not_found" });
    expect(await isCardBlacklisted(deps(), { merchantId: shopA, fingerprint: tx.fingerprint })).not.toBeNull();

    const removed = await unblacklistCard(deps(), { merchantId: shopA, cardId });
    expect(removed).toMatchObject({ last4: "4242", reason: "chargeback fraud" });
    expect(await isCardBlacklisted(deps(), { merchantId: shopA, fingerprint: tx.fingerprint })).toBeNull();
    await expect((await payByApi(shopA)).attempt).resolves.toMatchObject({ transaction: { status: "captured", risk: { outcome: "allow", rule: null } } });
    await expect(unblacklistCard(deps(), { merchantId: shopA, cardId })).rejects.toMatchObject({ code: "resource_not_found" });
    // Payments blocked earlier stay blocked: a terminal status.
    const stillBlocked = await handle.db
      .select()
      .from(schema.transactions)
      .where(and(eq(schema.transactions.merchantId, shopA), eq(schema.transactions.status, "blocked")));
    expect(stillBlocked.length).toBeGreaterThan(0);
  });

  it("lists the merchant's cards, newest first, a page at a time", async () => {
    const cards = ["4000056655665556", "5200828282828210", "378282246310005"];
    const ids: string[] = [];
    for (const number of cards) {
      clock.advance(1000);
      const { attempt } = await payByApi(shopB, number);
      const { transaction } = await attempt;
      await blacklistCard(deps(), { merchantId: shopB, mode: "test", transactionId: transaction.id });
      ids.push(toMerchantCardId(vault, shopB, transaction.fingerprint));
    }
    const first = await listBlacklistedCards(deps(), { merchantId: shopB, limit: 2 });
    expect(first.data.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect(first.hasMore).toBe(true);
    expect(first.data[0]).toMatchObject({ brand: "amex", masked: "378282******0005" });
    const second = await listBlacklistedCards(deps(), { merchantId: shopB, limit: 2, startingAfter: first.data[1]!.id });
    expect(second).toMatchObject({ hasMore: false, data: [{ id: ids[0] }] });
    expect((await listBlacklistedCards(deps(), { merchantId: shopB, last4: "8210" })).data.map((c) => c.id)).toEqual([ids[1]]);
    // Shop A's list does not show shop B's cards.
    expect((await listBlacklistedCards(deps(), { merchantId: shopA })).data.every((c) => !ids.includes(c.id))).toBe(true);
    await expect(listBlacklistedCards(deps(), { merchantId: shopA, startingAfter: ids[0] })).rejects.toMatchObject({ code: "resource_not_found" });
  });

  it("names a card by an opaque id of its own for each merchant, never by the platform-wide fingerprint", async () => {
    const paidA = await payWithTestCard(deps(), { merchantId: shopA, returnUrl: "https://shop-a.example/r", captureMode: "automatic", amount: 901 });
    const paidB = await payWithTestCard(deps(), { merchantId: shopB, returnUrl: "https://shop-b.example/r", captureMode: "automatic", amount: 902 });
    expect(paidA.fingerprint).toBe(paidB.fingerprint); // one card, two merchants
    const { card: cardA } = await blacklistCard(deps(), { merchantId: shopA, mode: "test", transactionId: paidA.id });
    const { card: cardB } = await blacklistCard(deps(), { merchantId: shopB, mode: "test", transactionId: paidB.id });
    const pageA = await listBlacklistedCards(deps(), { merchantId: shopA });
    const pageB = await listBlacklistedCards(deps(), { merchantId: shopB });
    for (const shown of [cardA, cardB, pageA, pageB]) expect(JSON.stringify(shown)).not.toContain(paidA.fingerprint);
    expect(cardA.id).toMatch(/^bl_[A-Za-z0-9_-]{64}$/);
    // Stable for one merchant, unrelated between merchants: staff of two shops cannot match their cards.
    expect(pageA.data.find((c) => c.masked === cardA.masked && c.sourceTransactionId === paidA.id)?.id).toBe(cardA.id);
    expect(cardB.id).not.toBe(cardA.id);

    // The fingerprint itself, another merchant's id or a forged one: not found, and the card stays listed.
    for (const id of [paidA.fingerprint, cardB.id, `${cardA.id.slice(0, -2)}AA`, "bl_x"]) {
      await expect(unblacklistCard(deps(), { merchantId: shopA, cardId: id })).rejects.toMatchObject({ code: "resource_not_found" });
      await expect(listBlacklistedCards(deps(), { merchantId: shopA, startingAfter: id })).rejects.toMatchObject({ code: "resource_not_found" });
    }
    expect(await isCardBlacklisted(deps(), { merchantId: shopA, fingerprint: paidA.fingerprint })).not.toBeNull();
    await expect(listBlacklistedCards(deps(), { merchantId: shopA, startingAfter: cardA.id })).resolves.toMatchObject({ object: "list" });
    expect(await unblacklistCard(deps(), { merchantId: shopA, cardId: cardA.id })).toMatchObject({ id: cardA.id });
    expect(await isCardBlacklisted(deps(), { merchantId: shopA, fingerprint: paidA.fingerprint })).toBeNull();
    await unblacklistCard(deps(), { merchantId: shopB, cardId: cardB.id });
  });
});
