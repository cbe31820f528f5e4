import { schema } from "@jeton/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteCustomerCard } from "../customers/delete-customer-card";
import { createCustomer } from "../customers/create-customer";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { createTransaction } from "../payments/create-transaction";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { createTestClock } from "./create-test-clock";
import { getInstallmentPlan } from "./get-installment-plan";
import { cancelInstallmentPlan } from "./cancel-installment-plan";
import { createCardUpdateLink } from "./create-card-update-link";
import { completeCardPaymentChallenge } from "../payments/complete-card-payment-challenge";
import { decodeCReq } from "../three-ds/challenge-messages";
import { submitAcsChallenge } from "../three-ds/submit-acs-challenge";
import { advanceTestClockAndWait, createCustomerWithChargeableCard, createTestPlatform, type TestPlatform } from "../testing";
import { createSubscription } from "./create-subscription";
import { cancelSubscription, getSubscription, listSubscriptionCharges, pauseSubscription, resumeSubscription, updateSubscription } from "./manage-subscription";
import { runDueRecurringWork } from "./run-due-recurring-work";

// Recurring payments driven by test clocks (issue 14): a year of billing in one call.
let platform: TestPlatform;
let merchantId: string;
const deps = () => platform;

beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 2, now: new Date("2027-01-31T09:00:00Z") });
  merchantId = platform.merchants[0].merchantId;
});
afterAll(async () => {
  await platform?.handle.close();
});

const transactionsOf = (subscriptionId: string) =>
  platform.db.select().from(schema.transactions).where(eq(schema.transactions.subscriptionId, subscriptionId)).orderBy(asc(schema.transactions.createdAt));
const eventsOf = async (objectId: string) =>
  (await platform.db.select().from(schema.events).where(eq(schema.events.objectId, objectId)).orderBy(asc(schema.events.createdAt), asc(schema.events.id))).map((e) => e.type);
const advance = (scope: { merchantId: string; mode: "test" }, testClockId: string, to: string) => advanceTestClockAndWait(deps(), { scope, testClockId, to: new Date(to) });
/** The platform's acquirers, but the test acquirer declines every merchant-initiated charge (insufficient funds), as a card without money would. */
const decliningAcquirers = () => {
  const simulator = platform.acquirers.test!;
  const authorize = async (request: Parameters<typeof simulator.authorize>[0]) =>
    simulator.authorize(request.initiator === "merchant" ? { ...request, pan: "4000000000009995" } : request);
  return { ...platform.acquirers, test: { ...simulator, authorize } };
};
const advanceDeclining = (scope: { merchantId: string; mode: "test" }, testClockId: string, to: string) =>
  advanceTestClockAndWait({ ...deps(), acquirers: decliningAcquirers() }, { scope, testClockId, to: new Date(to) });
/** The second merchant retries once, after 2 days, and keeps a subscription past_due after it (Settings → Recurring). */
const keepPastDueMerchant = async () => {
  const other = platform.merchants[1].merchantId;
  await platform.db.insert(schema.merchantRecurringSettings).values({ merchantId: other, retryDays: [2], afterRetries: "past_due" }).onConflictDoNothing();
  return other;
};
/** Each charge row of a subscription as [period, status, attempts], and its captured payments per period. */
const chargeTable = async (subscriptionId: string) =>
  (await platform.db.select().from(schema.recurringCharges).where(eq(schema.recurringCharges.subscriptionId, subscriptionId)).orderBy(asc(schema.recurringCharges.period))).map((c) => [
    c.period,
    c.status,
    c.attempts,
  ]);
const capturedPeriods = async (subscriptionId: string) =>
  (await transactionsOf(subscriptionId)).filter((t) => t.status === "captured").map((t) => t.billingPeriod).sort((a, b) => a! - b!);

describe("subscriptions on a test clock", () => {
  it("charges 12 monthly periods in order, on the last day of shorter months, each merchant-initiated and linked to the first payment", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, frozenTime: new Date("2027-01-31T10:00:00Z") });
    const created = await createSubscription(deps(), {
      scope: setup.scope,
      input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1990, currency: "EUR", interval: "month", merchantReference: "plan-pro" },
    });
    // The first period is charged at once.
    expect(created).toMatchObject({ status: "active", currentPeriod: 0, testClockId: setup.testClockId, nextCharge: { period: 1, periodStart: "2027-02-28T10:00:00.000Z" } });

    const clock = await advance(setup.scope, setup.testClockId!, "2027-12-31T12:00:00Z");
    expect(clock).toMatchObject({ status: "ready", frozenTime: "2027-12-31T12:00:00.000Z" });
    const charges = await transactionsOf(created.id);
    expect(charges).toHaveLength(12);
    expect(charges.map((t) => t.billingPeriod)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(charges.map((t) => t.createdAt.toISOString().slice(0, 10))).toEqual([
      "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30",
      "2027-07-31", "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31",
    ]);
    for (const t of charges) {
      expect(t).toMatchObject({ status: "captured", amount: 1990, initiatedBy: "merchant", storedCredential: true, initialTransactionId: setup.initialTransactionId, merchantReference: "plan-pro" });
    }
    const after = await getSubscription(deps(), { scope: setup.scope, subscriptionId: created.id });
    expect(after).toMatchObject({ status: "active", currentPeriod: 11, currentPeriodStart: "2027-12-31T10:00:00.000Z", currentPeriodEnd: "2028-01-31T10:00:00.000Z" });
    const events = await eventsOf(created.id);
    expect(events).toContain("subscription.created");
    expect(events.filter((e) => e === "subscription.charge_succeeded")).toHaveLength(12);
  });

  it("ends after N cycles (completed), starts after a trial, and applies an amount change from the next period", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, frozenTime: new Date("2027-03-01T00:00:00Z") });
    const sub = await createSubscription(deps(), {
      scope: setup.scope,
      input: { customerId: setup.customerId, cardId: setup.cardId, amount: 500, currency: "TND", interval: "week", intervalCount: 2, trialDays: 14, endAfterCycles: 3 },
    });
    expect(sub).toMatchObject({ status: "trialing", trialEnd: "2027-03-15T00:00:00.000Z", currentPeriod: null });
    expect(await transactionsOf(sub.id)).toHaveLength(0);
    await advance(setup.scope, setup.testClockId!, "2027-03-16T00:00:00Z");
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "active", currentPeriod: 0 });
    await updateSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id, input: { amount: 750 } });
    await advance(setup.scope, setup.testClockId!, "2027-06-01T00:00:00Z");
    expect((await transactionsOf(sub.id)).map((t) => t.amount)).toEqual([500, 750, 750]);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "completed", nextCharge: null });
  });

  it("cancels at period end, and skips the periods of a pause", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, frozenTime: new Date("2027-01-10T00:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1000, currency: "EUR", interval: "month" } });
    await pauseSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id });
    await advance(setup.scope, setup.testClockId!, "2027-03-15T00:00:00Z"); // 10 Feb and 10 Mar skipped
    await resumeSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id });
    await advance(setup.scope, setup.testClockId!, "2027-04-15T00:00:00Z"); // 10 Apr charged
    expect((await transactionsOf(sub.id)).map((t) => t.billingPeriod)).toEqual([0, 3]);
    const ending = await cancelSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id, atPeriodEnd: true });
    expect(ending).toMatchObject({ status: "active", cancelAtPeriodEnd: true });
    await advance(setup.scope, setup.testClockId!, "2027-06-15T00:00:00Z");
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "canceled", canceledAt: "2027-05-10T00:00:00.000Z" });
    expect((await transactionsOf(sub.id))).toHaveLength(2);
    expect(await eventsOf(sub.id)).toContain("subscription.canceled");
  });
});

describe("dunning", () => {
  it("retries after 1, 3 and 5 days, then past_due, then canceled", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, number: "4000000000009995", frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1000, currency: "EUR", interval: "month" } });
    expect(sub).toMatchObject({ status: "active", currentPeriod: null, nextCharge: { status: "retrying", attempts: 1, lastDeclineCode: "insufficient_funds", nextAttemptAt: "2027-02-02T08:00:00.000Z" } });
    await advance(setup.scope, setup.testClockId!, "2027-02-10T00:00:00Z");
    const attempts = await transactionsOf(sub.id);
    expect(attempts.map((t) => [t.createdAt.toISOString().slice(0, 10), t.status, t.declineCode])).toEqual([
      ["2027-02-01", "declined", "insufficient_funds"],
      ["2027-02-02", "declined", "insufficient_funds"],
      ["2027-02-04", "declined", "insufficient_funds"],
      ["2027-02-06", "declined", "insufficient_funds"],
    ]);
    expect(new Set(attempts.map((t) => t.recurringAttemptKey)).size).toBe(4);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "canceled", nextCharge: null });
    const events = await eventsOf(sub.id);
    expect(events.filter((e) => e === "subscription.charge_failed")).toHaveLength(4);
    // The last failure, past_due and canceled happen at the same instant (the fourth attempt).
    expect(events.filter((e) => e === "subscription.past_due" || e === "subscription.canceled").sort()).toEqual(["subscription.canceled", "subscription.past_due"]);
  });

  it("skips the retries on a hard decline (lost card)", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, number: "4000000000009987", frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1000, currency: "EUR", interval: "month" } });
    expect(sub.status).toBe("canceled");
    expect(await transactionsOf(sub.id)).toHaveLength(1);
  });

  it("stays past_due when the merchant says so, and a card update recovers it at once", async () => {
    const other = await keepPastDueMerchant();
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId: other, number: "4000000000009995", frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1000, currency: "EUR", interval: "month" } });
    await advance(setup.scope, setup.testClockId!, "2027-02-05T00:00:00Z");
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "past_due" });
    const newCard = await setup.addCard("5555555555554444");
    const recovered = await updateSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id, input: { cardId: newCard } });
    expect(recovered).toMatchObject({ status: "active", cardId: newCard, currentPeriod: 0, nextCharge: { period: 1, periodStart: "2027-03-01T08:00:00.000Z" } });
    const attempts = await transactionsOf(sub.id);
    expect(attempts.map((t) => [t.status, t.cardId])).toEqual([
      ["declined", setup.cardId],
      ["declined", setup.cardId],
      ["captured", newCard],
    ]);
    expect(attempts[2]!.createdAt.toISOString()).toBe("2027-02-05T00:00:00.000Z");
    await advance(setup.scope, setup.testClockId!, "2027-03-02T00:00:00Z");
    expect((await transactionsOf(sub.id)).at(-1)).toMatchObject({ status: "captured", billingPeriod: 1, cardId: newCard });
  });

  it("kept past_due, later periods are still charged on their dates: the failed periods stay owed, a later success makes it active", async () => {
    const other = await keepPastDueMerchant();
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId: other, frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1000, currency: "EUR", interval: "month" } });
    // The card declines every merchant-initiated charge for two months (insufficient funds).
    await advanceDeclining(setup.scope, setup.testClockId!, "2027-04-05T00:00:00Z");
    // March failed (2 attempts), past_due; April was tried on its date anyway, and failed too; May is queued.
    const { data: charges } = await listSubscriptionCharges(deps(), { scope: setup.scope, subscriptionId: sub.id });
    expect(charges.map((c) => [c.period, c.status, c.attempts])).toEqual([
      [0, "succeeded", 1],
      [1, "failed", 2],
      [2, "failed", 2],
      [3, "scheduled", 0],
    ]);
    expect((await transactionsOf(sub.id)).map((t) => [t.billingPeriod, t.createdAt.toISOString().slice(0, 10)])).toEqual([
      [0, "2027-02-01"],
      [1, "2027-03-01"],
      [1, "2027-03-03"],
      [2, "2027-04-01"],
      [2, "2027-04-03"],
    ]);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "past_due", currentPeriod: 0, nextCharge: { period: 3, periodStart: "2027-05-01T08:00:00.000Z" } });
    // The card works again: May's charge succeeds and the subscription is active; March and April stay recorded as owed.
    await advance(setup.scope, setup.testClockId!, "2027-05-02T00:00:00Z");
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "active", currentPeriod: 3, nextCharge: { period: 4 } });
    const after = await listSubscriptionCharges(deps(), { scope: setup.scope, subscriptionId: sub.id });
    expect(after.data.map((c) => c.status)).toEqual(["succeeded", "failed", "failed", "succeeded", "scheduled"]);
  });

  it("overlapping periods: a daily subscription whose card declines for 3 days bills every period on its date, once, each with its own retries", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 300, currency: "EUR", interval: "day" } });
    // Periods 1, 2 and 3 (2, 3, 4 February) are first tried while the card declines; retries after 1, 3 and 5 days.
    await advanceDeclining(setup.scope, setup.testClockId!, "2027-02-05T00:00:00Z");
    expect(await chargeTable(sub.id)).toEqual([
      [0, "succeeded", 1],
      [1, "retrying", 2],
      [2, "retrying", 2],
      [3, "retrying", 1],
      [4, "scheduled", 0],
    ]);
    // No period has failed after all its retries: the subscription is still active.
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "active", nextCharge: { period: 1, nextAttemptAt: "2027-02-05T08:00:00.000Z" } });
    // The card works again: each owed period is paid by its own next retry, the new periods on their dates.
    await advance(setup.scope, setup.testClockId!, "2027-02-08T00:00:00Z");
    expect(await chargeTable(sub.id)).toEqual([
      [0, "succeeded", 1],
      [1, "succeeded", 3],
      [2, "succeeded", 3],
      [3, "succeeded", 2],
      [4, "succeeded", 1],
      [5, "succeeded", 1],
      [6, "succeeded", 1],
      [7, "scheduled", 0],
    ]);
    expect(await capturedPeriods(sub.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const attempts = await transactionsOf(sub.id);
    expect(new Set(attempts.map((t) => t.recurringAttemptKey)).size).toBe(attempts.length);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "active", currentPeriod: 6, nextCharge: { period: 7 } });
    expect((await eventsOf(sub.id)).filter((e) => e === "subscription.past_due" || e === "subscription.canceled")).toEqual([]);
  });

  it("overlapping periods, kept past_due: past_due after a period's last retry fails, active again once a later period is paid", async () => {
    const other = await keepPastDueMerchant();
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId: other, frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 300, currency: "EUR", interval: "day" } });
    await advanceDeclining(setup.scope, setup.testClockId!, "2027-02-05T00:00:00Z");
    // Period 1 failed its one retry (4 Feb): past_due; periods 2 and 3 were tried on their dates and wait for their retry.
    expect(await chargeTable(sub.id)).toEqual([
      [0, "succeeded", 1],
      [1, "failed", 2],
      [2, "retrying", 1],
      [3, "retrying", 1],
      [4, "scheduled", 0],
    ]);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "past_due" });
    await advance(setup.scope, setup.testClockId!, "2027-02-07T00:00:00Z");
    expect(await chargeTable(sub.id)).toEqual([
      [0, "succeeded", 1],
      [1, "failed", 2],
      [2, "succeeded", 2],
      [3, "succeeded", 2],
      [4, "succeeded", 1],
      [5, "succeeded", 1],
      [6, "scheduled", 0],
    ]);
    expect(await capturedPeriods(sub.id)).toEqual([0, 2, 3, 4, 5]);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "active", currentPeriod: 5 });
    expect((await eventsOf(sub.id)).filter((e) => e === "subscription.past_due")).toHaveLength(1);
  });

  it("overlapping periods and an end after N cycles: the period past the end waits for the last one's retry, then completes, never charged", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId: await keepPastDueMerchant(), frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), {
      scope: setup.scope,
      input: { customerId: setup.customerId, cardId: setup.cardId, amount: 300, currency: "EUR", interval: "day", endAfterCycles: 3 },
    });
    await advance(setup.scope, setup.testClockId!, "2027-02-03T00:00:00Z");
    // The last period (2, on 3 February) declines; its retry is on 5 February, after period 3 (past the end) fell due on the 4th.
    await advanceDeclining(setup.scope, setup.testClockId!, "2027-02-03T12:00:00Z");
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "active" });
    await advance(setup.scope, setup.testClockId!, "2027-02-10T00:00:00Z");
    expect(await chargeTable(sub.id)).toEqual([
      [0, "succeeded", 1],
      [1, "succeeded", 1],
      [2, "succeeded", 2],
      [3, "skipped", 0],
    ]);
    expect(await capturedPeriods(sub.id)).toEqual([0, 1, 2]);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "completed", nextCharge: null });
  });

  it("overlapping periods and a cancellation at period end: the owed period's retry still runs, then the subscription is canceled", async () => {
    // Retry after 2 days: period 1's retry (4 February) comes after the end of the paid period (3 February).
    const other = await keepPastDueMerchant();
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId: other, frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 300, currency: "EUR", interval: "day" } });
    await advanceDeclining(setup.scope, setup.testClockId!, "2027-02-02T12:00:00Z");
    await cancelSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id, atPeriodEnd: true });
    await advance(setup.scope, setup.testClockId!, "2027-02-10T00:00:00Z");
    expect(await chargeTable(sub.id)).toEqual([
      [0, "succeeded", 1],
      [1, "succeeded", 2],
      [2, "skipped", 0],
    ]);
    expect(await capturedPeriods(sub.id)).toEqual([0, 1]);
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "canceled", nextCharge: null });
  });

  it("a card deleted under a subscription makes the next charge fail cleanly, with an event", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1000, currency: "EUR", interval: "month" } });
    await deleteCustomerCard(deps(), { merchantId, mode: "test", customerId: setup.customerId, cardId: setup.cardId });
    await advance(setup.scope, setup.testClockId!, "2027-03-05T00:00:00Z");
    expect(await transactionsOf(sub.id)).toHaveLength(1);
    const { data: charges } = await listSubscriptionCharges(deps(), { scope: setup.scope, subscriptionId: sub.id });
    expect(charges[1]).toMatchObject({ status: "failed", lastDeclineCode: "card_deleted", attempts: 1 });
    expect(await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id })).toMatchObject({ status: "canceled" });
    const [failed] = await platform.db.select().from(schema.events).where(and(eq(schema.events.objectId, sub.id), eq(schema.events.type, "subscription.charge_failed")));
    expect(failed!.data).toMatchObject({ charge: { lastDeclineCode: "card_deleted" }, transaction: null });
  });
});

describe("bad input changes nothing", () => {
  it("names the field, and answers 404 for another merchant's customer or card", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, frozenTime: new Date("2027-05-01T00:00:00Z") });
    const base = { customerId: setup.customerId, cardId: setup.cardId, amount: 1000, currency: "EUR", interval: "month" as const };
    const attempt = (input: Record<string, unknown>, scope = setup.scope) => createSubscription(deps(), { scope, input: { ...base, ...input } as never }).catch((e) => e);
    const cases: [Record<string, unknown>, string][] = [
      [{ interval: "fortnight" }, "interval"],
      [{ intervalCount: 13 }, "intervalCount"],
      [{ intervalCount: 0 }, "intervalCount"],
      [{ amount: 0 }, "amount"],
      [{ amount: 10.5 }, "amount"],
      [{ currency: "XXX" }, "currency"],
      [{ startDate: new Date("2027-04-01T00:00:00Z") }, "startDate"],
      [{ trialDays: -1 }, "trialDays"],
      [{ endAfterCycles: 0 }, "endAfterCycles"],
      [{ endAt: new Date("2027-04-01T00:00:00Z") }, "endAt"],
    ];
    for (const [input, param] of cases) {
      const error = await attempt(input);
      expect({ code: error.code, param: error.param }).toEqual({ code: "parameter_invalid", param });
    }
    const foreign = await attempt({}, { merchantId: platform.merchants[1].merchantId, mode: "test" });
    expect({ code: foreign.code, param: foreign.param }).toEqual({ code: "resource_not_found", param: "customerId" });
    const unknownCard = await attempt({ cardId: "card_AAAAAAAAAAAAAAAAAAAAAA" });
    expect({ code: unknownCard.code, param: unknownCard.param }).toEqual({ code: "resource_not_found", param: "cardId" });
    const rows = await platform.db.select().from(schema.subscriptions).where(eq(schema.subscriptions.customerId, setup.customerId));
    expect(rows).toEqual([]);
  });
});

describe("the scheduler", () => {
  it("charges each due period exactly once with two processes racing on the same charges", async () => {
    // Platform clock (no test clock): subscriptions created now, their next periods due a month later.
    const subs: string[] = [];
    for (let i = 0; i < 6; i++) {
      const setup = await createCustomerWithChargeableCard(deps(), { merchantId });
      subs.push((await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 100 + i, currency: "EUR", interval: "day" } })).id);
    }
    platform.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const [a, b] = await Promise.all([runDueRecurringWork(deps()), runDueRecurringWork(deps())]);
    const total = (a.ran.succeeded ?? 0) + (b.ran.succeeded ?? 0);
    expect(total).toBe(6);
    const rows = await platform.db.select().from(schema.transactions).where(inArray(schema.transactions.subscriptionId, subs));
    expect(rows).toHaveLength(12);
    const periods = rows.map((r) => `${r.subscriptionId}:${r.billingPeriod}`);
    expect(new Set(periods).size).toBe(12);
    // A third pass finds nothing due.
    expect((await runDueRecurringWork(deps())).found).toBe(0);
  });

  it("two processes racing on a retry and the next period due together charge each period once", async () => {
    const subs: string[] = [];
    for (let i = 0; i < 4; i++) {
      const setup = await createCustomerWithChargeableCard(deps(), { merchantId });
      subs.push((await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 200 + i, currency: "EUR", interval: "day" } })).id);
    }
    const declining = { ...deps(), acquirers: decliningAcquirers() };
    platform.clock.advance(24 * 60 * 60 * 1000 + 1000);
    await Promise.all([runDueRecurringWork(declining), runDueRecurringWork(declining)]);
    // Period 1 declined once (retry in 1 day, with period 2's date): both are due together on the next pass.
    platform.clock.advance(24 * 60 * 60 * 1000);
    await Promise.all([runDueRecurringWork(deps()), runDueRecurringWork(deps())]);
    for (const id of subs) {
      expect(await chargeTable(id)).toEqual([
        [0, "succeeded", 1],
        [1, "succeeded", 2],
        [2, "succeeded", 1],
        [3, "scheduled", 0],
      ]);
      expect(await capturedPeriods(id)).toEqual([0, 1, 2]);
      expect((await transactionsOf(id)).map((t) => [t.billingPeriod, t.status])).toHaveLength(4);
    }
  });

  it("a charge whose answer was never recorded (crash before the commit) is asked again with the same idempotency key", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 300, currency: "EUR", interval: "day" } });
    platform.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const keys: (string | undefined)[] = [];
    const simulator = platform.acquirers.test!;
    let crash = true;
    const crashing = {
      ...platform.acquirers,
      test: {
        ...simulator,
        authorize: async (request: Parameters<typeof simulator.authorize>[0]) => {
          if (request.amount !== 300) return simulator.authorize(request); // other subscriptions due meanwhile
          keys.push(request.idempotencyKey);
          const answer = await simulator.authorize(request);
          if (crash) {
            crash = false;
            throw new Error("process died after the acquirer answered");
          }
          return answer;
        },
      },
    };
    const first = await runDueRecurringWork({ ...deps(), acquirers: crashing });
    expect(first.ran.error).toBe(1);
    expect(await transactionsOf(sub.id)).toHaveLength(1); // only period 0: the crashed attempt left nothing
    const second = await runDueRecurringWork({ ...deps(), acquirers: crashing });
    expect(second.ran.succeeded).toBeGreaterThanOrEqual(1);
    expect(keys[0]).toMatch(/^rch_.+:1$/);
    expect(keys[1]).toBe(keys[0]);
    expect((await transactionsOf(sub.id)).map((t) => t.recurringAttemptKey?.endsWith(":1"))).toEqual([true, true]);
  });
});

describe("delayed capture", () => {
  it("captures an authorization after N days unless captured or canceled before", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, frozenTime: new Date("2027-01-31T09:00:00Z") });
    const { transaction } = await createTransaction(deps(), {
      merchantId,
      mode: "test",
      input: { amount: 4200, currency: "EUR", customerId: setup.customerId, cardId: setup.cardId, initiatedBy: "customer", captureMode: "delayed", captureDelayDays: 3 },
    });
    expect(transaction).toMatchObject({ status: "authorized", captureMode: "delayed" });
    expect(transaction.autoCaptureAt!.getTime() - transaction.createdAt.getTime()).toBe(3 * 24 * 60 * 60 * 1000);
    // The customer's test clock runs the capture when it passes the date (the payment itself is dated by the platform clock).
    await advance(setup.scope, setup.testClockId!, new Date(transaction.autoCaptureAt!.getTime() - 1000).toISOString());
    expect((await platform.db.select().from(schema.transactions).where(eq(schema.transactions.id, transaction.id)))[0]!.status).toBe("authorized");
    await advance(setup.scope, setup.testClockId!, new Date(transaction.autoCaptureAt!.getTime() + 1000).toISOString());
    const [captured] = await platform.db.select().from(schema.transactions).where(eq(schema.transactions.id, transaction.id));
    expect(captured).toMatchObject({ status: "captured", capturedAmount: 4200 });
  });
});

describe("payment in instalments", () => {
  async function payFirstInstallment(count: number, amount: number, currency: string) {
    const clock = await createTestClock(deps(), { scope: { merchantId, mode: "test" }, frozenTime: new Date("2027-01-31T12:00:00Z") });
    const customer = await createCustomer(deps(), { merchantId, mode: "test", input: { email: "grace@example.com", testClockId: clock.id } });
    const request = await createPaymentRequest(deps(), {
      merchantId,
      mode: "test",
      input: { amount, currency, returnUrl: "https://shop-a.example/return", customerId: customer.id, installments: { count, interval: "month" }, merchantReference: "order-3x" },
    });
    expect(request).toMatchObject({ saveCard: true, installments: { count, interval: "month" } });
    const result = await attemptCardPayment(deps(), request.id, "4242424242424242");
    expect(result.kind).toBe("completed");
    const [paid] = await platform.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, request.id));
    expect(paid).toMatchObject({ status: "succeeded" });
    const plan = await getInstallmentPlan(deps(), { scope: { merchantId, mode: "test" }, installmentPlanId: paid!.installmentPlanId! });
    return { clock, plan, request: paid! };
  }

  it("pays the first at once, the next ones on schedule, to completion (TND, remainder on the first)", async () => {
    const { clock, plan } = await payFirstInstallment(3, 100_000, "TND");
    expect(plan).toMatchObject({ status: "active", count: 3, totalAmount: 100_000, currency: "TND", merchantReference: "order-3x" });
    expect(plan.installments.map((i) => [i.periodStart.slice(0, 10), i.amount, i.status])).toEqual([
      ["2027-01-31", 33_334, "succeeded"],
      ["2027-02-28", 33_333, "scheduled"],
      ["2027-03-31", 33_333, "scheduled"],
    ]);
    const [first] = await platform.db.select().from(schema.transactions).where(eq(schema.transactions.id, plan.installments[0]!.lastTransactionId!));
    expect(first).toMatchObject({ amount: 33_334, initiatedBy: "customer", installmentPlanId: plan.id, billingPeriod: 0 });
    await advanceTestClockAndWait(deps(), { scope: { merchantId, mode: "test" }, testClockId: clock.id, to: new Date("2027-04-01T00:00:00Z") });
    const done = await getInstallmentPlan(deps(), { scope: { merchantId, mode: "test" }, installmentPlanId: plan.id });
    expect(done.status).toBe("completed");
    const charges = await platform.db.select().from(schema.transactions).where(eq(schema.transactions.installmentPlanId, plan.id)).orderBy(asc(schema.transactions.billingPeriod));
    expect(charges.map((t) => [t.billingPeriod, t.amount, t.initiatedBy, t.status])).toEqual([
      [0, 33_334, "customer", "captured"],
      [1, 33_333, "merchant", "captured"],
      [2, 33_333, "merchant", "captured"],
    ]);
    expect(charges[2]!.initialTransactionId).toBe(charges[0]!.id);
    expect(await eventsOf(plan.id)).toEqual(expect.arrayContaining(["installment_plan.created", "installment_plan.completed"]));
  });

  it("defaults after the retries when the later instalments are declined", async () => {
    const { clock, plan } = await payFirstInstallment(3, 1000, "JPY");
    await advanceDeclining({ merchantId, mode: "test" }, clock.id, "2027-04-30T00:00:00Z");
    const after = await getInstallmentPlan(deps(), { scope: { merchantId, mode: "test" }, installmentPlanId: plan.id });
    expect(after.status).toBe("defaulted");
    expect(after.installments.map((i) => [i.amount, i.status, i.attempts])).toEqual([
      [334, "succeeded", 1],
      [333, "failed", 4],
      [333, "skipped", 0],
    ]);
    expect(await eventsOf(plan.id)).toContain("installment_plan.defaulted");
  });

  it("canceled: skips the instalments not yet paid, keeps the paid one, emits installment_plan.canceled, and cannot be done twice", async () => {
    const { clock, plan } = await payFirstInstallment(3, 9000, "EUR");
    const canceled = await cancelInstallmentPlan(deps(), { scope: { merchantId, mode: "test" }, installmentPlanId: plan.id });
    expect(canceled.status).toBe("canceled");
    expect(canceled.installments.map((i) => i.status)).toEqual(["succeeded", "skipped", "skipped"]);
    expect(await eventsOf(plan.id)).toContain("installment_plan.canceled");
    // The dates pass: nothing more is charged.
    await advanceTestClockAndWait(deps(), { scope: { merchantId, mode: "test" }, testClockId: clock.id, to: new Date("2027-05-01T00:00:00Z") });
    expect(await platform.db.select().from(schema.transactions).where(eq(schema.transactions.installmentPlanId, plan.id))).toHaveLength(1);
    await expect(cancelInstallmentPlan(deps(), { scope: { merchantId, mode: "test" }, installmentPlanId: plan.id })).rejects.toMatchObject({ code: "invalid_state_transition" });
    // Another merchant's key: not found, nothing changed.
    await expect(cancelInstallmentPlan(deps(), { scope: { merchantId: platform.merchants[1].merchantId, mode: "test" }, installmentPlanId: plan.id })).rejects.toMatchObject({ code: "resource_not_found" });
  });
});

describe("the card-update link", () => {
  it("collects a new card on the hosted page: the payment settles the amount due, the card replaces the old one, billing goes on", async () => {
    const setup = await createCustomerWithChargeableCard(deps(), { merchantId, number: "4000000000009995", frozenTime: new Date("2027-02-01T08:00:00Z") });
    const sub = await createSubscription(deps(), { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 1500, currency: "EUR", interval: "month" } });
    expect(sub.nextCharge).toMatchObject({ status: "retrying", period: 0 });
    const link = await createCardUpdateLink(deps(), { scope: setup.scope, subscriptionId: sub.id, returnUrl: "https://shop-a.example/billing" });
    expect(link).toMatchObject({ amount: 1500, saveCard: true, customerId: setup.customerId, subscriptionId: sub.id });
    // The shopper pays with a new card that needs a 3-D Secure challenge.
    const attempt = await attemptCardPayment(deps(), link.id, "4000000000003220");
    expect(attempt.kind).toBe("challenge");
    if (attempt.kind !== "challenge") throw new Error("expected a challenge");
    const pending = attempt.transaction;
    const creq = decodeCReq(attempt.challenge.creq);
    await submitAcsChallenge(deps(), { acsTransId: creq.acsTransID, code: "123456" });
    expect(await completeCardPaymentChallenge(deps(), { threeDSServerTransID: creq.threeDSServerTransID })).toMatchObject({ status: "captured" });
    const recovered = await getSubscription(deps(), { scope: setup.scope, subscriptionId: sub.id });
    expect(recovered.cardId).not.toBe(setup.cardId);
    expect(recovered).toMatchObject({ status: "active", currentPeriod: 0, nextCharge: { period: 1, status: "scheduled" } });
    const { data: charges } = await listSubscriptionCharges(deps(), { scope: setup.scope, subscriptionId: sub.id });
    expect(charges[0]).toMatchObject({ status: "succeeded", lastTransactionId: pending!.id });
    // The next month is charged on the new card, merchant-initiated after the shopper's own payment.
    await advance(setup.scope, setup.testClockId!, "2027-03-02T00:00:00Z");
    const last = (await transactionsOf(sub.id)).at(-1)!;
    expect(last).toMatchObject({ billingPeriod: 1, status: "captured", cardId: recovered.cardId, initiatedBy: "merchant", initialTransactionId: pending!.id });
    // Nothing is due any more: no link.
    await expect(createCardUpdateLink(deps(), { scope: setup.scope, subscriptionId: sub.id, returnUrl: "https://shop-a.example/billing" })).rejects.toMatchObject({ code: "invalid_state_transition" });
  });
});
