import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatedAcquirer } from "../acquirer/create-simulated-acquirer";
import { fixedClock } from "../clock/clock";
import { createMerchant } from "../merchants/create-merchant";
import { cancelAcsChallenge } from "../three-ds/cancel-acs-challenge";
import { decodeCReq } from "../three-ds/challenge-messages";
import { submitAcsChallenge } from "../three-ds/submit-acs-challenge";
import { completeCardPaymentChallenge } from "./complete-card-payment-challenge";
import { expirePendingChallenges } from "./expire-pending-challenges";
import { createVault } from "../vault/create-vault";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { submitPaymentAttempt } from "./submit-payment-attempt";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";

const { publicUrl } = testUrls;
let handle: DatabaseHandle;
let merchantId: string;
const clock = fixedClock(new Date("2026-11-26T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
const acquirer = createSimulatedAcquirer();
const deps = () => ({ db: handle.db, vault, clock, acquirers: { test: acquirer, live: acquirer }, urls: testUrls });

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ merchantId } = await createMerchant({ db: handle.db }, { name: "Shop", returnUrls: ["https://shop.example/"] }));
});
afterAll(async () => {
  await handle?.close();
});

async function newRequest(overrides: Record<string, unknown> = {}) {
  return createPaymentRequest(
    { db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive },
    { merchantId, mode: "test", input: { amount: 4200, currency: "EUR", returnUrl: "https://shop.example/r", merchantReference: "o-1", ...overrides } },
  );
}

function attempt(paymentRequestId: string, number: string, cvc = "123") {
  return submitPaymentAttempt(deps(), {
    paymentRequestId,
    card: { number, expMonth: "12", expYear: "2030", cvc },
    challengeWindowSize: "05",
  });
}

async function eventTypes(objectId: string) {
  const rows = await handle.db.select().from(schema.events).where(eq(schema.events.objectId, objectId));
  return rows.map((e) => e.type);
}

async function challengeOf(result: Awaited<ReturnType<typeof attempt>>) {
  if (result.kind !== "challenge") throw new Error(`expected a challenge, got ${result.kind}`);
  return decodeCReq(result.challenge.creq);
}

describe("submitPaymentAttempt", () => {
  it("pays 4242 frictionless, captures automatically and closes the request", async () => {
    const pr = await newRequest();
    const result = await attempt(pr.id, "4242424242424242");
    expect(result.kind).toBe("completed");
    if (result.kind !== "completed") return;
    expect(result.transaction).toMatchObject({ status: "captured", responseCode: "00", capturedAmount: 4200, paymentRequestId: pr.id });
    expect(result.transaction.authorizationCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(result.transaction.threeDs).toMatchObject({ transStatus: "Y", eci: "05", liabilityShift: true });
    expect(result.paymentRequest).toMatchObject({ status: "succeeded", transactionId: result.transaction.id, attempts: 1 });
    expect(await eventTypes(result.transaction.id)).toEqual(["transaction.authorized", "transaction.captured"]);
    expect(await eventTypes(pr.id)).toEqual(["payment_request.succeeded"]);
    // Paid once: another attempt is refused.
    await expect(attempt(pr.id, "4242424242424242")).rejects.toMatchObject({ code: "payment_request_not_open" });
  });

  it("stops at authorized with manual capture", async () => {
    const pr = await newRequest({ captureMode: "manual" });
    const result = await attempt(pr.id, "5555555555554444");
    expect(result.kind === "completed" && result.transaction.status).toBe("authorized");
  });

  it("declines 9995 with insufficient funds, leaves the request open, and a retry with another card pays", async () => {
    const pr = await newRequest();
    const declined = await attempt(pr.id, "4000000000009995");
    expect(declined.kind === "completed" && declined.transaction).toMatchObject({ status: "declined", responseCode: "51", declineCode: "insufficient_funds" });
    expect(declined.paymentRequest.status).toBe("open");
    const paid = await attempt(pr.id, "4242424242424242");
    expect(paid.kind === "completed" && paid.transaction.status).toBe("captured");
    expect(paid.paymentRequest).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("runs the 3220 challenge: right code authorizes, the notification posted twice authorizes once", async () => {
    const pr = await newRequest();
    const result = await attempt(pr.id, "4000000000003220");
    const creq = await challengeOf(result);
    expect(result.kind === "challenge" && result.transaction.status).toBe("requires_action");
    expect(result.paymentRequest.status).toBe("open");
    const answer = await submitAcsChallenge({ db: handle.db, clock }, { acsTransId: creq.acsTransID, code: "123456" });
    expect(answer.outcome).toBe("authenticated");
    const first = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    const second = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    expect(first.status).toBe("captured");
    expect(second.status).toBe("captured");
    expect(first.threeDs).toMatchObject({ transStatus: "Y", challenged: true, liabilityShift: true });
    const events = await eventTypes(first.id);
    expect(events.filter((type) => type === "transaction.captured")).toHaveLength(1);
    const [paid] = await handle.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, pr.id));
    expect(paid?.status).toBe("succeeded");
    // The token's CVC is gone once the authorization used it.
    const [token] = await handle.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, first.cardTokenId!));
    expect(token?.cvcSealed).toBeNull();
  });

  it("fails authentication after three wrong codes, and on cancel", async () => {
    const pr = await newRequest();
    const creq = await challengeOf(await attempt(pr.id, "4000000000003220"));
    for (let i = 0; i < 3; i++) await submitAcsChallenge({ db: handle.db, clock }, { acsTransId: creq.acsTransID, code: "000000" });
    const failed = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    expect(failed).toMatchObject({ status: "authentication_failed", responseCode: null });
    expect(failed.threeDs).toMatchObject({ transStatus: "N", liabilityShift: false });

    const creq2 = await challengeOf(await attempt(pr.id, "4000000000003220"));
    await cancelAcsChallenge({ db: handle.db, clock }, { acsTransId: creq2.acsTransID });
    const canceled = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq2.threeDSServerTransID });
    expect(canceled.status).toBe("authentication_failed");
    expect(canceled.threeDs).toMatchObject({ challengeCancel: "01" });
  });

  it("declines 1629 after a successful challenge", async () => {
    const pr = await newRequest();
    const creq = await challengeOf(await attempt(pr.id, "4000008400001629"));
    await submitAcsChallenge({ db: handle.db, clock }, { acsTransId: creq.acsTransID, code: "123456" });
    const declined = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    expect(declined).toMatchObject({ status: "declined", responseCode: "05" });
  });

  it("authorizes 1280 without liability shift", async () => {
    const pr = await newRequest();
    const result = await attempt(pr.id, "4000008400001280");
    expect(result.kind === "completed" && result.transaction.threeDs).toMatchObject({ transStatus: "U", liabilityShift: false });
    expect(result.kind === "completed" && result.transaction.status).toBe("captured");
  });

  it("expires a challenge never completed, and a new attempt expires a pending one", async () => {
    const pr = await newRequest();
    const pending = await attempt(pr.id, "4000000000003220");
    // A second tab starts over: the first challenge can no longer pay.
    const again = await attempt(pr.id, "4000000000003220");
    const [first] = await handle.db.select().from(schema.transactions).where(eq(schema.transactions.id, pending.kind === "challenge" ? pending.transaction.id : ""));
    expect(first?.status).toBe("expired");
    const creq = await challengeOf(pending);
    await submitAcsChallenge({ db: handle.db, clock }, { acsTransId: creq.acsTransID, code: "123456" }).catch(() => undefined);
    const late = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    expect(late.status).toBe("expired");

    clock.advance(10 * 60 * 1000 + 1);
    const expired = await expirePendingChallenges({ db: handle.db, clock, urls: testUrls });
    expect(expired.map((t) => t.id)).toContain(again.kind === "challenge" ? again.transaction.id : "");
  });

  it("refuses invalid cards without counting an attempt, and honours the attempt limit", async () => {
    const pr = await newRequest();
    await expect(attempt(pr.id, "4242424242424241")).rejects.toMatchObject({ code: "invalid_number" });
    await expect(attempt(pr.id, "378282246310005", "12")).rejects.toMatchObject({ code: "invalid_cvc" });
    for (let i = 0; i < 5; i++) await attempt(pr.id, "4000000000000002");
    const [row] = await handle.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, pr.id));
    expect(row).toMatchObject({ attempts: 5, status: "failed" });
    await expect(attempt(pr.id, "4242424242424242")).rejects.toMatchObject({ code: "payment_request_not_open" });
  });

  it("keeps a card token for intent tokenize, without charging", async () => {
    const pr = await newRequest({ intent: "tokenize", amount: 0 });
    const result = await attempt(pr.id, "4242424242424242");
    expect(result.kind).toBe("tokenized");
    expect(result.paymentRequest).toMatchObject({ status: "succeeded", transactionId: null });
    expect(result.kind === "tokenized" && result.cardTokenId).toMatch(/^ctok_/);
    expect(await handle.db.select().from(schema.transactions).where(eq(schema.transactions.paymentRequestId, pr.id))).toHaveLength(0);
  });

  it("pays a request only once when two attempts race", async () => {
    const pr = await newRequest();
    const results = await Promise.allSettled([attempt(pr.id, "4242424242424242"), attempt(pr.id, "5555555555554444")]);
    const captured = await handle.db.select().from(schema.transactions).where(eq(schema.transactions.paymentRequestId, pr.id));
    expect(captured.filter((t) => t.status === "captured")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
  });
});
