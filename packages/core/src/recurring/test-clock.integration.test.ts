import { schema } from "@jeton/db";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer } from "../customers/create-customer";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { expirePaymentRequests } from "../payment-requests/expire-payment-requests";
import { createTransaction } from "../payments/create-transaction";
import { expirePendingChallenges } from "../payments/expire-pending-challenges";
import { createRiskRule } from "../risk/create-risk-rule";
import { expireOpenReviews } from "../risk/decide-review";
import { advanceTestClockAndWait, createCustomerWithChargeableCard, createTestPlatform, type TestPlatform } from "../testing";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { advanceTestClock } from "./advance-test-clock";
import { createSubscription } from "./create-subscription";
import { createTestClock } from "./create-test-clock";
import { getTestClock } from "./get-test-clock";
import { advanceTestClockStep, runAdvancingTestClocks } from "./run-advancing-test-clocks";

// Test clocks (issue 14): the advance is a request the background worker carries out, and the clock
// drives every deadline of its customers — charges, captures, and the expiries of requests and challenges.
let platform: TestPlatform;
let merchantId: string;
const scope = () => ({ merchantId, mode: "test" as const });
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 2, now: new Date("2027-01-10T09:00:00Z") });
  merchantId = platform.merchants[0].merchantId;
});
afterAll(async () => {
  await platform?.handle.close();
});

const billedPeriods = async (subscriptionId: string) =>
  (await platform.db.select().from(schema.transactions).where(eq(schema.transactions.subscriptionId, subscriptionId)).orderBy(asc(schema.transactions.createdAt))).map(
    (t) => t.billingPeriod,
  );

describe("advancing, then ready", () => {
  it("answers advancing at once, refuses a second advance, and the worker brings the clock to ready having billed each period once, even with two workers racing", async () => {
    const setup = await createCustomerWithChargeableCard(platform, { merchantId, frozenTime: new Date("2027-01-10T10:00:00Z") });
    const sub = await createSubscription(platform, { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 700, currency: "EUR", interval: "month" } });
    const advancing = await advanceTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId!, to: new Date("2027-07-01T00:00:00Z") });
    // Nothing ran yet: the answer only records the request.
    expect(advancing).toMatchObject({ status: "advancing", frozenTime: "2027-01-10T10:00:00.000Z", advancingTo: "2027-07-01T00:00:00.000Z" });
    expect(await billedPeriods(sub.id)).toEqual([0]);
    await expect(advanceTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId!, to: new Date("2027-08-01T00:00:00Z") })).rejects.toMatchObject({ code: "test_clock_advancing" });

    await Promise.all([runAdvancingTestClocks(platform), runAdvancingTestClocks(platform)]);
    expect(await getTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId! })).toMatchObject({ status: "ready", frozenTime: "2027-07-01T00:00:00.000Z", advancingTo: null });
    expect(await billedPeriods(sub.id)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("goes on after a restart from where the clock stands: each step commits the clock's time with the work done then", async () => {
    const setup = await createCustomerWithChargeableCard(platform, { merchantId, frozenTime: new Date("2027-01-10T10:00:00Z") });
    const sub = await createSubscription(platform, { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 300, currency: "EUR", interval: "week" } });
    await advanceTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId!, to: new Date("2027-02-01T00:00:00Z") });
    // One step, then the process dies.
    expect(await advanceTestClockStep(platform, setup.testClockId!)).toBe("advanced");
    const midway = await getTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId! });
    expect(midway).toMatchObject({ status: "advancing", frozenTime: "2027-01-17T10:00:00.000Z" });
    expect(await billedPeriods(sub.id)).toEqual([0, 1]);
    // Another instance (or the restarted one) finishes the advance.
    await runAdvancingTestClocks(platform);
    expect(await getTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId! })).toMatchObject({ status: "ready", frozenTime: "2027-02-01T00:00:00.000Z" });
    expect(await billedPeriods(sub.id)).toEqual([0, 1, 2, 3]);
  });

  it("stops at a capture the acquirer does not answer, ready there, and goes on when advanced again", async () => {
    const setup = await createCustomerWithChargeableCard(platform, { merchantId, frozenTime: platform.clock.now() });
    const { transaction } = await createTransaction(platform, {
      merchantId,
      mode: "test",
      input: { amount: 900, currency: "EUR", customerId: setup.customerId, cardId: setup.cardId, initiatedBy: "customer", captureMode: "delayed", captureDelayDays: 2 },
    });
    const simulator = platform.acquirers.test!;
    const down = { ...platform.acquirers, test: { ...simulator, capture: async () => ({ ok: false as const, reason: "unavailable" }) } } as unknown as typeof platform.acquirers;
    const to = new Date(platform.clock.now().getTime() + 5 * DAY);
    await advanceTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId!, to });
    await runAdvancingTestClocks({ ...platform, acquirers: down });
    expect(await getTestClock(platform, { scope: setup.scope, testClockId: setup.testClockId! })).toMatchObject({ status: "ready", frozenTime: transaction.autoCaptureAt!.toISOString() });
    await advanceTestClockAndWait(platform, { scope: setup.scope, testClockId: setup.testClockId!, to });
    const [row] = await platform.db.select().from(schema.transactions).where(eq(schema.transactions.id, transaction.id));
    expect(row).toMatchObject({ status: "captured" });
  });
});

describe("expiries follow the customer's clock", () => {
  it("a test clock's unpaid payment request and unanswered challenge expire when the clock passes them, not on the platform's sweep", async () => {
    const start = platform.clock.now();
    const clock = await createTestClock(platform, { scope: scope(), frozenTime: start });
    const customer = await createCustomer(platform, { merchantId, mode: "test", input: { email: "clocked@example.com", testClockId: clock.id } });
    const request = (customerId?: string) =>
      createPaymentRequest(platform, {
        merchantId,
        mode: "test",
        input: { amount: 1500, currency: "EUR", returnUrl: "https://shop-a.example/return", expiresAt: new Date(start.getTime() + 60 * 60 * 1000).toISOString(), ...(customerId ? { customerId, saveCard: true } : {}) },
      });
    const unpaid = await request(customer.id);
    const challenged = await request(customer.id);
    const platformRequest = await request();
    const attempt = await attemptCardPayment(platform, challenged.id, "4000000000003220");
    expect(attempt.kind).toBe("challenge");
    const challengeTransaction = attempt.kind === "challenge" ? attempt.transaction!.id : "";

    // The platform's time passes both deadlines: its own request expires, the clock's objects do not.
    platform.clock.advance(2 * 60 * 60 * 1000);
    expect((await expirePendingChallenges(platform)).map((t) => t.id)).not.toContain(challengeTransaction);
    expect((await expirePaymentRequests(platform)).map((r) => r.id)).toEqual([platformRequest.id]);
    const statusOf = async (id: string) => (await platform.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, id)))[0]!.status;
    const transactionStatus = async () => (await platform.db.select().from(schema.transactions).where(eq(schema.transactions.id, challengeTransaction)))[0]!.status;
    expect([await statusOf(unpaid.id), await statusOf(challenged.id), await transactionStatus()]).toEqual(["open", "open", "requires_action"]);

    // Nine minutes of the clock: nothing is due yet (the challenge lasts ten).
    await advanceTestClockAndWait(platform, { scope: scope(), testClockId: clock.id, to: new Date(start.getTime() + 9 * 60 * 1000) });
    expect(await transactionStatus()).toBe("requires_action");
    // The clock passes the challenge's deadline, then the requests' expiry: each at its own time.
    await advanceTestClockAndWait(platform, { scope: scope(), testClockId: clock.id, to: new Date(start.getTime() + 3 * 60 * 60 * 1000) });
    expect([await statusOf(unpaid.id), await statusOf(challenged.id), await transactionStatus()]).toEqual(["expired", "expired", "expired"]);
    const [expiredEvent] = await platform.db
      .select()
      .from(schema.events)
      .where(and(eq(schema.events.objectId, unpaid.id), eq(schema.events.type, "payment_request.expired")));
    expect(expiredEvent!.createdAt.toISOString()).toBe(new Date(start.getTime() + 60 * 60 * 1000).toISOString());
  });

  it("a test clock's customer's open risk review expires when the clock passes its deadline, not on the platform's sweep", async () => {
    // Another merchant, whose rule holds every Visa payment for review (72 hours).
    const other = platform.merchants[1].merchantId;
    await createRiskRule(platform, { merchantId: other, mode: "test" }, { name: "review visa", conditions: [{ type: "card_brand", in: ["visa"] }], action: "review" }, { userId: "usr_test", actorEmail: "owner@shop-b.example" });
    const start = platform.clock.now();
    const setup = await createCustomerWithChargeableCard(platform, { merchantId: other, frozenTime: start });
    const held = async () => (await platform.db.select().from(schema.transactions).where(eq(schema.transactions.id, setup.initialTransactionId)))[0]!;
    expect(await held()).toMatchObject({ status: "authorized", reviewStatus: "open" });
    platform.clock.advance(73 * 60 * 60 * 1000);
    expect((await expireOpenReviews(platform)).map((t) => t.id)).not.toContain(setup.initialTransactionId);
    expect((await held()).reviewStatus).toBe("open");
    await advanceTestClockAndWait(platform, { scope: setup.scope, testClockId: setup.testClockId!, to: new Date(start.getTime() + 73 * 60 * 60 * 1000) });
    expect(await held()).toMatchObject({ status: "canceled", reviewStatus: "expired" });
  });
});
