import { schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { createTransaction } from "../payments/create-transaction";
import { createCardToken } from "../tokens/create-card-token";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { submitPaymentAttempt } from "../payments/submit-payment-attempt";
import { completeCardPaymentChallenge } from "../payments/complete-card-payment-challenge";
import { submitAcsChallenge, ACS_TEST_CODE } from "../three-ds/submit-acs-challenge";
import { decodeCReq } from "../three-ds/challenge-messages";
import { captureTransaction } from "../transactions/capture-transaction";
import { toTransactionView } from "../transactions/transaction-view";
import { AppError } from "../errors";
import { createRiskRule } from "./create-risk-rule";
import { backtestRiskRule } from "./backtest-risk-rule";
import { importCardBins } from "./import-card-bins";
import { decideReview, expireOpenReviews } from "./decide-review";
import type { RiskCondition } from "./risk-rule";

let platform: TestPlatform;
let merchantId: string;
const scope = () => ({ merchantId, mode: "test" as const });
const actor = { userId: "usr_test", actorEmail: "owner@shop-a.example" };
const deps = () => ({ db: platform.db, vault: platform.vault, clock: platform.clock, acquirers: platform.acquirers, urls: platform.urls });

beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 3, now: new Date("2026-11-20T10:00:00Z") });
  merchantId = platform.merchants[0].merchantId;
});
afterAll(async () => {
  await platform?.handle.close();
});
beforeEach(async () => {
  await platform.db.delete(schema.riskRules);
  platform.clock.advance(2 * 24 * 3_600_000); // a fresh velocity window for each test
});

async function rule(conditions: RiskCondition[], action?: "allow" | "require_3ds" | "review" | "block", score?: number, forMerchant = merchantId) {
  return createRiskRule(deps(), { merchantId: forMerchant, mode: "test" }, { name: `rule ${conditions[0]!.type}`, conditions, ...(action ? { action } : {}), ...(score ? { score } : {}) }, actor);
}

async function payByApi(number = "4242424242424242", options: { amount?: number; captureMode?: "automatic" | "manual"; email?: string; forMerchant?: string } = {}) {
  const merchant = options.forMerchant ?? merchantId;
  const token = await createCardToken(deps(), { merchantId: merchant, mode: "test", card: { number, expMonth: 12, expYear: 2030, cvc: "123" } });
  try {
    return await createTransaction(deps(), {
      merchantId: merchant,
      mode: "test",
      input: { amount: options.amount ?? 1500, currency: "EUR", cardTokenId: token.cardTokenId, captureMode: options.captureMode, customerEmail: options.email },
    });
  } catch (error) {
    if (error instanceof AppError && error.transactionId) return { refused: error, transaction: await transactionRow(error.transactionId) };
    throw error;
  }
}

async function transactionRow(id: string) {
  const [row] = await platform.db.select().from(schema.transactions).where(eq(schema.transactions.id, id));
  return row!;
}

const FR_CARD = "4000002500000003";
const DE_CARD = "4000002700000001";
const PREPAID_CARD = "4000003600000000";

describe("the risk engine before authorization", () => {
  it("allows with a score and records the assessment (BIN facts, no card data) on the transaction", async () => {
    const { transaction } = await payByApi(FR_CARD);
    expect(transaction.status).toBe("captured");
    const view = toTransactionView(transaction);
    expect(view.risk).toMatchObject({ object: "risk_assessment", outcome: "allow", cardCountry: "FR", cardFunding: "credit", review: null });
    const [assessment] = await platform.db.select().from(schema.riskAssessments).where(eq(schema.riskAssessments.transactionId, transaction.id));
    expect(assessment).toMatchObject({ stage: "authorization", outcome: "allow", bin: "400000", last4: "0003", amount: 1500 });
    expect(JSON.stringify(assessment)).not.toContain(FR_CARD);
  });

  it("block: a card-country rule refuses the payment before the acquirer, naming the rule and what it saw", async () => {
    const created = await rule([{ type: "card_country", in: ["DE"] }], "block");
    const result = await payByApi(DE_CARD);
    expect("refused" in result && result.refused.code).toBe("card_declined");
    expect(result.transaction).toMatchObject({ status: "blocked", acquirerReference: null });
    const risk = toTransactionView(result.transaction).risk!;
    expect(risk).toMatchObject({ outcome: "block", rule: created.id, cardCountry: "DE" });
    expect(risk.rules[0]).toMatchObject({ id: created.id, action: "block", signals: [{ type: "card_country", country: "DE" }] });
    // Another merchant's rules do not apply.
    const other = await payByApi(DE_CARD, { forMerchant: platform.merchants[1].merchantId });
    expect(other.transaction.status).toBe("captured");
  });

  it("require_3ds: a frictionless card is challenged instead", async () => {
    await rule([{ type: "card_funding", in: ["prepaid"] }], "require_3ds");
    const result = await payByApi(PREPAID_CARD);
    expect(result.transaction.status).toBe("requires_action");
    expect("clientSecret" in result && result.clientSecret).toBeTruthy();
    expect(toTransactionView(result.transaction).risk).toMatchObject({ outcome: "require_3ds" });
  });

  it("review: authorizes, holds the capture, announces review.opened; capture is refused until approved", async () => {
    await rule([{ type: "amount", scope: "transaction", currency: "EUR", over: 100_00 }], "review");
    const { transaction } = await payByApi("4242424242424242", { amount: 250_00 });
    expect(transaction).toMatchObject({ status: "authorized", reviewStatus: "open" });
    expect(transaction.reviewExpiresAt!.getTime() - platform.clock.now().getTime()).toBe(72 * 3_600_000);
    const events = await platform.db.select().from(schema.events).where(and(eq(schema.events.objectId, transaction.id), eq(schema.events.type, "review.opened")));
    expect(events).toHaveLength(1);
    expect((events[0]!.data as { risk: { review: unknown } }).risk.review).toMatchObject({ status: "open" });
    const small = await payByApi("4242424242424242", { amount: 50_00 });
    expect(small.transaction.status).toBe("captured");
  });

  it("fails closed: a stored rule that no longer validates holds the payment for review", async () => {
    const created = await rule([{ type: "card_brand", in: ["visa"] }], "block");
    await platform.db.update(schema.riskRules).set({ definition: { conditions: [{ type: "eval", code: "true" }] } }).where(eq(schema.riskRules.id, created.id));
    const { transaction } = await payByApi();
    expect(transaction).toMatchObject({ status: "authorized", reviewStatus: "open" });
    expect(toTransactionView(transaction).risk).toMatchObject({ outcome: "review", rule: "engine_error" });
  });

  it("runs again after a challenge with the 3-D Secure outcome, on the hosted page", async () => {
    await rule([{ type: "card_brand", in: ["visa"] }, { type: "three_ds", result: "no_liability_shift" }], "block");
    const review = await rule([{ type: "velocity", metric: "attempts", per: "payment_request", windowMinutes: 60, atLeast: 1 }], "review");
    const request = await createPaymentRequest(deps(), { merchantId, mode: "test", input: { amount: 3000, currency: "EUR", returnUrl: "https://shop-a.example/r" } });
    const started = await submitPaymentAttempt(deps(), {
      paymentRequestId: request.id,
      card: { number: "4000000000003220", expMonth: "12", expYear: "2030", cvc: "123" },
      challengeWindowSize: "05",
      shopper: { ip: "81.2.69.160", deviceSession: "dev_test" },
    });
    if (started.kind !== "challenge") throw new Error("expected a challenge");
    const creq = decodeCReq(started.challenge.creq);
    await submitAcsChallenge(deps(), { acsTransId: creq.acsTransID, code: ACS_TEST_CODE });
    const done = await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID });
    // Authenticated (liability shift): the block rule does not fire; the review decided before the challenge holds.
    expect(done).toMatchObject({ status: "authorized", reviewStatus: "open" });
    const stages = await platform.db.select().from(schema.riskAssessments).where(eq(schema.riskAssessments.transactionId, done.id));
    expect(stages.map((s) => s.stage).sort()).toEqual(["authorization", "challenge"]);
    expect(stages.every((s) => s.ip === "81.2.69.160" && s.deviceSession === "dev_test")).toBe(true);
    expect(toTransactionView(done).risk).toMatchObject({ outcome: "review", ipCountry: "GB" });
    void review;
  });
});

describe("velocity counters", () => {
  it("count 20 parallel attempts on one card as 20, each seeing every attempt before it", async () => {
    await rule([{ type: "velocity", metric: "attempts", per: "card", windowMinutes: 10, atLeast: 21 }], "block");
    const tokens = await Promise.all(
      Array.from({ length: 20 }, () => createCardToken(deps(), { merchantId, mode: "test", card: { number: "5555555555554444", expMonth: 12, expYear: 2030, cvc: "123" } })),
    );
    const results = await Promise.all(
      tokens.map((token) => createTransaction(deps(), { merchantId, mode: "test", input: { amount: 100, currency: "EUR", cardTokenId: token.cardTokenId } })),
    );
    expect(results.every((r) => r.transaction.status === "captured")).toBe(true);
    const ids = results.map((r) => r.transaction.id);
    const rows = (await platform.db.select().from(schema.riskAssessments)).filter((a) => ids.includes(a.transactionId));
    const counts = rows.map((a) => (a.signals as { counters: Record<string, number> }).counters["attempts:card:10"]).sort((a, b) => a! - b!);
    expect(counts).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // The 21st is the one the rule stops.
    const twentyFirst = await payByApi("5555555555554444", { amount: 100 });
    expect(twentyFirst.transaction.status).toBe("blocked");
  });

  it("count declines, distinct cards per email and amounts per card per day", async () => {
    await rule([{ type: "velocity", metric: "declines", per: "card", windowMinutes: 60, atLeast: 2 }], "block");
    await rule([{ type: "velocity", metric: "distinct_cards", per: "email", windowMinutes: 60, atLeast: 3 }], "review");
    await rule([{ type: "amount", scope: "card_per_day", currency: "EUR", over: 300_00 }], "block");
    const declined = "4000000000009995";
    expect((await payByApi(declined)).transaction.status).toBe("declined");
    expect((await payByApi(declined)).transaction.status).toBe("declined");
    expect((await payByApi(declined)).transaction.status).toBe("blocked");

    const email = "carder@example.net";
    expect((await payByApi(FR_CARD, { email, amount: 200 })).transaction.status).toBe("captured");
    expect((await payByApi(DE_CARD, { email, amount: 200 })).transaction.status).toBe("captured");
    expect((await payByApi("4242424242424242", { email, amount: 200 })).transaction).toMatchObject({ status: "authorized", reviewStatus: "open" });

    const big = (await payByApi(FR_CARD, { amount: 200_00 })).transaction;
    expect(big.status, JSON.stringify(big.risk)).toBe("captured");
    expect((await payByApi(FR_CARD, { amount: 97_00 })).transaction.status).toBe("captured");
    expect((await payByApi(FR_CARD, { amount: 2_00 })).transaction.status).toBe("blocked");
  });
});

describe("reviews", () => {
  async function held(captureMode: "automatic" | "manual" = "automatic") {
    const { transaction } = await payByApi("4242424242424242", { captureMode });
    expect(transaction.reviewStatus).toBe("open");
    return transaction;
  }
  beforeEach(async () => {
    await rule([{ type: "card_brand", in: ["visa"] }], "review");
  });

  it("approve: the automatic capture goes ahead; review.closed; a second decision is refused", async () => {
    const transaction = await held();
    await expect(captureTransaction(deps(), { ...scope(), transactionId: transaction.id })).rejects.toMatchObject({ code: "transaction_not_capturable" });
    const approved = await decideReview(deps(), scope(), { transactionId: transaction.id, decision: "approve" }, actor);
    expect(approved).toMatchObject({ status: "captured", reviewStatus: "approved", capturedAmount: 1500 });
    await expect(decideReview(deps(), scope(), { transactionId: transaction.id, decision: "reject" }, actor)).rejects.toMatchObject({ code: "review_not_open" });
    const closed = await platform.db.select().from(schema.events).where(and(eq(schema.events.objectId, transaction.id), eq(schema.events.type, "review.closed")));
    expect(closed).toHaveLength(1);
    const audit = await platform.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.targetId, transaction.id), eq(schema.auditLog.action, "review.approve")));
    expect(audit).toHaveLength(1);
  });

  it("approve of a manual-capture payment leaves the capture to the merchant, who may now capture", async () => {
    const transaction = await held("manual");
    expect(await decideReview(deps(), scope(), { transactionId: transaction.id, decision: "approve" }, actor)).toMatchObject({ status: "authorized", reviewStatus: "approved" });
    expect(await captureTransaction(deps(), { ...scope(), transactionId: transaction.id })).toMatchObject({ status: "captured" });
  });

  it("reject: the authorization is canceled", async () => {
    const transaction = await held();
    expect(await decideReview(deps(), scope(), { transactionId: transaction.id, decision: "reject" }, actor)).toMatchObject({ status: "canceled", reviewStatus: "rejected" });
  });

  it("refuses another merchant's transaction and an unknown id alike, changing nothing", async () => {
    const transaction = await held();
    const other = { merchantId: platform.merchants[1].merchantId, mode: "test" as const };
    await expect(decideReview(deps(), other, { transactionId: transaction.id, decision: "approve" }, actor)).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(decideReview(deps(), scope(), { transactionId: "tx_unknownunknownunknown", decision: "approve" }, actor)).rejects.toMatchObject({ code: "resource_not_found" });
    expect((await transactionRow(transaction.id)).reviewStatus).toBe("open");
  });

  it("expiry: open reviews past their time are rejected by the sweep (cancel), others stay open", async () => {
    const old = await held();
    platform.clock.advance(71 * 3_600_000);
    const recent = await held();
    platform.clock.advance(2 * 3_600_000);
    const expired = await expireOpenReviews(deps());
    expect(expired.map((t) => t.id)).toContain(old.id);
    expect(expired.map((t) => t.id)).not.toContain(recent.id);
    expect(await transactionRow(old.id)).toMatchObject({ status: "canceled", reviewStatus: "expired" });
    expect((await transactionRow(recent.id)).reviewStatus).toBe("open");
    expect(await expireOpenReviews(deps())).toEqual([]);
  });
});

describe("backtest", () => {
  it("counts and lists what an unsaved rule would have done over the last 30 days of real history, writing nothing", async () => {
    const shop = platform.merchants[2]!.merchantId;
    const pay = (number: string, email?: string) => (platform.clock.advance(60_000), payByApi(number, { forMerchant: shop, email }));
    await pay(FR_CARD); // 40 days ago by the time of the backtest: outside the period
    platform.clock.advance(10 * 86_400_000);
    const recent = [await pay(FR_CARD, "a@example.net"), await pay(FR_CARD, "b@example.net")];
    await pay(DE_CARD, "a@example.net");
    const declined = await pay("4000000000009995", "a@example.net");
    expect(declined.transaction.status).toBe("declined");
    platform.clock.advance(30 * 86_400_000 - 3_600_000);
    const rulesBefore = (await platform.db.select().from(schema.riskRules)).length;
    const assessmentsBefore = (await platform.db.select().from(schema.riskAssessments)).length;

    const byCountry = await backtestRiskRule(deps(), { merchantId: shop, mode: "test" }, { name: "FR", conditions: [{ type: "card_country", in: ["FR"] }], action: "block" });
    expect(byCountry).toMatchObject({ days: 30, evaluated: 4, fired: 2, firedByStatus: { paid: 2 }, action: "block", truncated: false });
    expect(byCountry.matches.map((m) => m.transactionId).sort()).toEqual(recent.map((r) => r.transaction.id).sort());
    expect(byCountry.matches[0]).toMatchObject({ last4: "0003", amount: 1500, currency: "EUR", brand: "visa" });

    // Velocity recomputed for the rule's own window: the third distinct card of a@example.net.
    const velocity = await backtestRiskRule(deps(), { merchantId: shop, mode: "test" }, {
      name: "cards per email",
      conditions: [{ type: "velocity", metric: "distinct_cards", per: "email", windowMinutes: 60, atLeast: 3 }],
      action: "review",
    });
    expect(velocity).toMatchObject({ fired: 1, firedByStatus: { declined: 1 } });
    expect(velocity.matches[0]!.transactionId).toBe(declined.transaction.id);

    await expect(backtestRiskRule(deps(), { merchantId: shop, mode: "test" }, { name: "bad", conditions: [{ type: "velocity" }], action: "block" })).rejects.toMatchObject({ code: "parameter_invalid", param: "conditions[0][metric]" });
    // Another merchant's history is not this one's.
    expect((await backtestRiskRule(deps(), { merchantId: platform.merchants[1].merchantId, mode: "live" }, { name: "FR", conditions: [{ type: "card_country", in: ["FR"] }], action: "block" })).evaluated).toBe(0);
    expect((await platform.db.select().from(schema.riskRules)).length).toBe(rulesBefore);
    expect((await platform.db.select().from(schema.riskAssessments)).length).toBe(assessmentsBefore);
  });
});

describe("the BIN table", () => {
  it("ships simulated cards of several countries, and an imported file's longer prefix wins over them", async () => {
    const fr = await payByApi(FR_CARD);
    expect(toTransactionView(fr.transaction).risk).toMatchObject({ cardCountry: "FR", cardFunding: "credit" });
    const result = await importCardBins(deps(), "prefix,country,brand,funding,issuer\n55555555,CA,mastercard,debit,Imported Bank\nnot-a-bin,CA,visa,debit,x\n55555556,C4,visa,debit,x\n");
    expect(result).toMatchObject({ imported: 1, rejectedCount: 2 });
    const ca = await payByApi("5555555555554444");
    expect(toTransactionView(ca.transaction).risk).toMatchObject({ cardCountry: "CA", cardFunding: "debit" });
    await platform.db.delete(schema.cardBins).where(eq(schema.cardBins.source, "import"));
  });
});
