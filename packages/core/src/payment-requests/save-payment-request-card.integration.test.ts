import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatedAcquirer } from "../acquirer/create-simulated-acquirer";
import { fixedClock } from "../clock/clock";
import { createCustomer } from "../customers/create-customer";
import { deleteCustomer } from "../customers/delete-customer";
import { getCustomer } from "../customers/get-customer";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { decodeCReq } from "../three-ds/challenge-messages";
import { submitAcsChallenge } from "../three-ds/submit-acs-challenge";
import { completeCardPaymentChallenge } from "../payments/complete-card-payment-challenge";
import { createVault } from "../vault/create-vault";
import { createPaymentRequest, type CreatePaymentRequestInput } from "./create-payment-request";
import { getPaymentRequest } from "./get-payment-request";
import { submitPaymentAttempt } from "../payments/submit-payment-attempt";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";

const { publicUrl } = testUrls;
let handle: DatabaseHandle;
let merchantId: string;
let otherMerchantId: string;
const clock = fixedClock(new Date("2026-11-26T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
const deps = () => ({ db: handle.db, vault, clock, acquirers: testAcquirersWithLive, urls: testUrls });

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId }, { merchantId: otherMerchantId }] = merchants;
});
afterAll(async () => {
  await handle?.close();
});

function newRequest(input: Partial<CreatePaymentRequestInput> = {}, merchant = merchantId) {
  return createPaymentRequest(
    { db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive },
    {
      merchantId: merchant,
      mode: "test",

      input: { amount: 4200, currency: "EUR", returnUrl: "https://shop-a.example/r", customerEmail: "ada@example.com", saveCard: true, ...input },
    },
  );
}

function attempt(paymentRequestId: string, number: string) {
  return submitPaymentAttempt(deps(), {
    paymentRequestId,
    card: { number, expMonth: "12", expYear: "2030", cvc: number.startsWith("3") ? "1234" : "123", holder: "Ada Lovelace" },
    challengeWindowSize: "05",
  });
}

const cardsOf = (customerId: string) => handle.db.select().from(schema.cards).where(eq(schema.cards.customerId, customerId));
const eventTypes = async (objectId: string) => (await handle.db.select().from(schema.events).where(eq(schema.events.objectId, objectId))).map((e) => e.type);

describe("saveCard on a payment request", () => {
  it("saves the paying card for a new customer with the request's email, once the payment succeeds", async () => {
    const pr = await newRequest();
    expect(pr).toMatchObject({ saveCard: true, customerId: null, cardId: null });
    const result = await attempt(pr.id, "4242424242424242");
    if (result.kind !== "completed") throw new Error(result.kind);
    expect(result.transaction.status).toBe("captured");

    const done = await getPaymentRequest({ db: handle.db, clock, urls: testUrls }, { merchantId, mode: "test", id: pr.id });
    expect(done).toMatchObject({ status: "succeeded", transactionId: result.transaction.id, customerId: expect.stringMatching(/^cus_/), cardId: expect.stringMatching(/^card_/) });
    const customer = await getCustomer({ db: handle.db }, { merchantId, mode: "test", customerId: done.customerId! });
    expect(customer).toMatchObject({ email: "ada@example.com", cards: [{ id: done.cardId, last4: "4242", brand: "visa", holderName: "Ada Lovelace" }] });
    const [card] = await cardsOf(customer.id);
    expect(vault.open(card!.panSealed, "pan")).toBe("4242424242424242");

    // The payment names the card it saved; the token is used up and holds no CVC.
    const [transaction] = await handle.db.select().from(schema.transactions).where(eq(schema.transactions.id, result.transaction.id));
    expect(transaction).toMatchObject({ customerId: customer.id, cardId: done.cardId, storedCredential: false });
    const [token] = await handle.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, transaction!.cardTokenId!));
    expect(token).toMatchObject({ cvcSealed: null, usedAt: expect.any(Date) });

    expect(await eventTypes(customer.id)).toEqual(["customer.created"]);
    expect(await eventTypes(done.cardId!)).toEqual(["customer.card.saved"]);
    const [succeeded] = await handle.db.select().from(schema.events).where(eq(schema.events.objectId, pr.id));
    expect(succeeded!.data).toMatchObject({ cardId: done.cardId, customerId: customer.id });
  });

  it("saves it for the customer named at creation", async () => {
    const customer = await createCustomer({ db: handle.db, vault, clock }, { merchantId, mode: "test", input: { email: "known@example.com" } });
    const pr = await newRequest({ customerId: customer.id });
    expect(pr.customerId).toBe(customer.id);
    await attempt(pr.id, "5555555555554444");
    const done = await getPaymentRequest({ db: handle.db, clock, urls: testUrls }, { merchantId, mode: "test", id: pr.id });
    expect(done.customerId).toBe(customer.id);
    expect((await cardsOf(customer.id)).map((c) => c.id)).toEqual([done.cardId]);
  });

  it("saves nothing for a declined attempt, then the card that finally pays", async () => {
    const pr = await newRequest();
    const declined = await attempt(pr.id, "4000000000000002");
    if (declined.kind !== "completed") throw new Error(declined.kind);
    expect(declined.transaction.status).toBe("declined");
    expect(await handle.db.select().from(schema.cards).where(eq(schema.cards.fingerprint, vault.fingerprint("4000000000000002")))).toEqual([]);
    await attempt(pr.id, "378282246310005");
    const done = await getPaymentRequest({ db: handle.db, clock, urls: testUrls }, { merchantId, mode: "test", id: pr.id });
    const cards = await cardsOf(done.customerId!);
    expect(cards.map((c) => c.last4)).toEqual(["0005"]);
  });

  it("saves the card after a 3-D Secure challenge succeeds, not when it fails", async () => {
    const pr = await newRequest();
    const challenged = await attempt(pr.id, "4000000000003220");
    if (challenged.kind !== "challenge") throw new Error(challenged.kind);
    expect((await getPaymentRequest({ db: handle.db, clock, urls: testUrls }, { merchantId, mode: "test", id: pr.id })).cardId).toBeNull();
    const creq = decodeCReq(challenged.challenge.creq);
    await submitAcsChallenge({ db: handle.db, clock }, { acsTransId: creq.acsTransID, code: "123456" });
    const finished = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    expect(finished.status).toBe("captured");
    const done = await getPaymentRequest({ db: handle.db, clock, urls: testUrls }, { merchantId, mode: "test", id: pr.id });
    expect(done.cardId).toMatch(/^card_/);
    expect((await cardsOf(done.customerId!)).map((c) => c.last4)).toEqual(["3220"]);
    // A notification posted twice saves nothing more.
    await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    expect(await cardsOf(done.customerId!)).toHaveLength(1);
  });

  it("with intent tokenize, answers with the saved card instead of a token, and uses the token up", async () => {
    const pr = await newRequest({ intent: "tokenize", amount: 0, customerEmail: undefined });
    const result = await attempt(pr.id, "4242424242424242");
    expect(result.kind).toBe("tokenized");
    const done = await getPaymentRequest({ db: handle.db, clock, urls: testUrls }, { merchantId, mode: "test", id: pr.id });
    expect(done).toMatchObject({ status: "succeeded", cardTokenId: null, cardId: expect.stringMatching(/^card_/), transactionId: null });
    const customer = await getCustomer({ db: handle.db }, { merchantId, mode: "test", customerId: done.customerId! });
    expect(customer).toMatchObject({ email: null, cards: [{ id: done.cardId }] });
    if (result.kind !== "tokenized") return;
    const [token] = await handle.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, result.cardTokenId));
    expect(token).toMatchObject({ cvcSealed: null, usedAt: expect.any(Date) });
  });

  it("keeps the payment but saves nothing when the customer was deleted meanwhile", async () => {
    const customer = await createCustomer({ db: handle.db, vault, clock }, { merchantId, mode: "test", input: {} });
    const pr = await newRequest({ customerId: customer.id });
    await deleteCustomer({ db: handle.db, clock }, { merchantId, mode: "test", customerId: customer.id });
    const result = await attempt(pr.id, "4242424242424242");
    if (result.kind !== "completed") throw new Error(result.kind);
    expect(result.transaction.status).toBe("captured");
    const done = await getPaymentRequest({ db: handle.db, clock, urls: testUrls }, { merchantId, mode: "test", id: pr.id });
    expect(done).toMatchObject({ status: "succeeded", cardId: null });
    expect(await cardsOf(customer.id)).toEqual([]);
  });

  it("refuses another merchant's or mode's customer, and a customerId without saveCard", async () => {
    const ofOther = await createCustomer({ db: handle.db, vault, clock }, { merchantId: otherMerchantId, mode: "test", input: {} });
    await expect(newRequest({ customerId: ofOther.id })).rejects.toMatchObject({ code: "resource_not_found", param: "customerId" });
    const live = await createCustomer({ db: handle.db, vault, clock }, { merchantId, mode: "live", input: {} });
    await expect(newRequest({ customerId: live.id })).rejects.toMatchObject({ code: "resource_not_found", param: "customerId" });
    const own = await createCustomer({ db: handle.db, vault, clock }, { merchantId, mode: "test", input: {} });
    await expect(newRequest({ customerId: own.id, saveCard: false })).rejects.toMatchObject({ code: "parameter_invalid", param: "customerId" });
  });
});
