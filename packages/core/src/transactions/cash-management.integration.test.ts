import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { createSimulatedAcquirer } from "../acquirer/create-simulated-acquirer";
import { fixedClock } from "../clock/clock";
import { payWithTestCard } from "../testing/pay-with-test-card";
import { createVault } from "../vault/create-vault";
import { cancelTransaction } from "./cancel-transaction";
import { dailySettlementCutoff } from "./daily-settlement-cutoff";
import { captureTransaction } from "./capture-transaction";
import { listTransactionRefunds } from "./list-transaction-refunds";
import { refundTransaction } from "./refund-transaction";
import { settleTransactions } from "./settle-transactions";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
let handle: DatabaseHandle;
let shopA: string;
let shopB: string;
const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
const acquirer = createSimulatedAcquirer();
const deps = () => ({ db: handle.db, vault, clock, acquirers: { test: acquirer, live: acquirer } });

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId: shopA }, { merchantId: shopB }] = merchants;
});
afterAll(async () => {
  await handle?.close();
});

const pay = (captureMode: "automatic" | "manual", amount = 10_000) =>
  payWithTestCard(deps(), { merchantId: shopA, returnUrl: "https://shop-a.example/r", captureMode, amount });
const own = (transactionId: string) => ({ merchantId: shopA, mode: "test" as const, transactionId });

async function read(id: string) {
  const [row] = await handle.db.select().from(schema.transactions).where(eq(schema.transactions.id, id));
  if (!row) throw new Error(`no transaction ${id}`);
  return row;
}
const lifecycle = ["authorized", "captured", "settled", "canceled", "partially_refunded", "refunded"].map((s) => `transaction.${s}`);
/** In the order they happened: by time, then (events of one fixed-clock instant) by their place in the life of a transaction. */
async function eventTypes(objectId: string) {
  const rows = await handle.db.select().from(schema.events).where(eq(schema.events.objectId, objectId));
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || lifecycle.indexOf(a.type) - lifecycle.indexOf(b.type));
  return rows.map((e) => e.type);
}
/** Settles everything captured so far: the cut-off is strictly after the capture instant. */
async function settleNow() {
  clock.advance(1000);
  return settleTransactions(deps(), {});
}

describe("captureTransaction", () => {
  it("captures a manual authorization in part, once, with its event", async () => {
    const tx = await pay("manual");
    expect(tx.status).toBe("authorized");
    const captured = await captureTransaction(deps(), { ...own(tx.id), amount: 7000 });
    expect(captured).toMatchObject({ status: "captured", capturedAmount: 7000, amount: 10_000 });
    expect(captured.capturedAt?.toISOString()).toBe(clock.now().toISOString());
    expect(await eventTypes(tx.id)).toEqual(["transaction.authorized", "transaction.captured"]);
    await expect(captureTransaction(deps(), own(tx.id))).rejects.toMatchObject({ code: "transaction_not_capturable" });
    expect((await read(tx.id)).capturedAmount).toBe(7000);
  });

  it("captures the authorized amount by default", async () => {
    const tx = await pay("manual", 4321);
    expect(await captureTransaction(deps(), own(tx.id))).toMatchObject({ status: "captured", capturedAmount: 4321 });
  });

  it("refuses automatic capture, more than authorized, bad amounts, and after 7 days", async () => {
    const automatic = await pay("automatic");
    expect(automatic.status).toBe("captured");
    await expect(captureTransaction(deps(), own(automatic.id))).rejects.toMatchObject({ code: "transaction_not_capturable" });

    const tx = await pay("manual");
    await expect(captureTransaction(deps(), { ...own(tx.id), amount: 10_001 })).rejects.toMatchObject({ code: "capture_exceeds_authorized" });
    for (const amount of [0, -5, 12.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN]) {
      await expect(captureTransaction(deps(), { ...own(tx.id), amount })).rejects.toMatchObject({ code: "parameter_invalid" });
    }
    clock.advance(7 * DAY + 1);
    try {
      await expect(captureTransaction(deps(), own(tx.id))).rejects.toMatchObject({ code: "transaction_not_capturable" });
    } finally {
      clock.advance(-(7 * DAY + 1));
    }
    expect(await read(tx.id)).toMatchObject({ status: "authorized", capturedAmount: 0 });
    // At exactly 7 days it is still allowed.
    clock.advance(7 * DAY - (clock.now().getTime() - tx.authorizedAt!.getTime()));
    expect((await captureTransaction(deps(), own(tx.id))).status).toBe("captured");
  });

  it("treats another merchant's, another mode's and malformed ids as not found", async () => {
    const tx = await pay("manual");
    await expect(captureTransaction(deps(), { merchantId: shopB, mode: "test", transactionId: tx.id })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(captureTransaction(deps(), { merchantId: shopA, mode: "live", transactionId: tx.id })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(captureTransaction(deps(), own("tx_'; drop table transactions; --"))).rejects.toMatchObject({ code: "resource_not_found" });
    expect(await read(tx.id)).toMatchObject({ status: "authorized", capturedAmount: 0 });
  });

  it("captures once when two captures arrive together", async () => {
    const tx = await pay("manual");
    const outcomes = await Promise.allSettled([captureTransaction(deps(), own(tx.id)), captureTransaction(deps(), own(tx.id))]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "transaction_not_capturable" } });
    expect((await eventTypes(tx.id)).filter((t) => t === "transaction.captured")).toHaveLength(1);
  });

  it("answers acquirer_unavailable and changes nothing when the acquirer does not answer", async () => {
    const tx = await pay("manual");
    const down = createSimulatedAcquirer({ fault: () => "timeout" });
    await expect(captureTransaction({ ...deps(), acquirers: { test: down, live: down } }, own(tx.id))).rejects.toMatchObject({ code: "acquirer_unavailable" });
    expect(await read(tx.id)).toMatchObject({ status: "authorized", capturedAmount: 0 });
  });
});

describe("cancelTransaction", () => {
  it("cancels an authorization and a capture not yet settled", async () => {
    const authorized = await pay("manual");
    expect(await cancelTransaction(deps(), own(authorized.id))).toMatchObject({ status: "canceled" });
    const captured = await pay("automatic");
    const canceled = await cancelTransaction(deps(), own(captured.id));
    expect(canceled.status).toBe("canceled");
    expect(canceled.canceledAt).not.toBeNull();
    expect(await eventTypes(captured.id)).toEqual(["transaction.authorized", "transaction.captured", "transaction.canceled"]);
    await expect(cancelTransaction(deps(), own(captured.id))).rejects.toMatchObject({ code: "transaction_not_cancelable" });
    await expect(captureTransaction(deps(), own(authorized.id))).rejects.toMatchObject({ code: "transaction_not_capturable" });
  });

  it("refuses after settlement, and for another merchant", async () => {
    const tx = await pay("automatic");
    await expect(cancelTransaction(deps(), { merchantId: shopB, mode: "test", transactionId: tx.id })).rejects.toMatchObject({ code: "resource_not_found" });
    await settleNow();
    await expect(cancelTransaction(deps(), own(tx.id))).rejects.toMatchObject({ code: "transaction_not_cancelable" });
    expect((await read(tx.id)).status).toBe("settled");
  });
});

describe("refundTransaction", () => {
  it("partial capture, settlement, then partial and final refunds; never more than remains", async () => {
    const tx = await pay("manual", 10_000);
    await captureTransaction(deps(), { ...own(tx.id), amount: 6000 });
    await expect(refundTransaction(deps(), { ...own(tx.id), amount: 100 })).rejects.toMatchObject({ code: "transaction_not_refundable" });
    await settleNow();
    expect(await read(tx.id)).toMatchObject({ status: "settled", settlementId: expect.stringMatching(/^stl_/) });

    await expect(refundTransaction(deps(), { ...own(tx.id), amount: 6001 })).rejects.toMatchObject({ code: "refund_exceeds_remaining" });
    const first = await refundTransaction(deps(), { ...own(tx.id), amount: 2500, reason: "damaged" });
    expect(first.refund).toMatchObject({ object: "refund", amount: 2500, currency: "EUR", status: "succeeded", reason: "damaged", transactionId: tx.id });
    expect(first.refund.id).toMatch(/^re_/);
    expect(first.transaction).toMatchObject({ status: "partially_refunded", refundedAmount: 2500 });
    await expect(refundTransaction(deps(), { ...own(tx.id), amount: 3501 })).rejects.toMatchObject({ code: "refund_exceeds_remaining" });
    clock.advance(1);
    const rest = await refundTransaction(deps(), own(tx.id));
    expect(rest.refund.amount).toBe(3500);
    expect(rest.transaction).toMatchObject({ status: "refunded", refundedAmount: 6000, capturedAmount: 6000 });
    await expect(refundTransaction(deps(), { ...own(tx.id), amount: 1 })).rejects.toMatchObject({ code: "transaction_not_refundable" });

    expect(await eventTypes(tx.id)).toEqual([
      "transaction.authorized",
      "transaction.captured",
      "transaction.settled",
      "transaction.partially_refunded",
      "transaction.refunded",
    ]);
    const refundEvents = await handle.db.select().from(schema.events).where(eq(schema.events.type, "refund.created"));
    expect(refundEvents.filter((e) => e.objectId === first.refund.id)).toHaveLength(1);
    expect(refundEvents.find((e) => e.objectId === first.refund.id)?.data).toMatchObject({ id: first.refund.id, amount: 2500 });

    const listed = await listTransactionRefunds(deps(), own(tx.id));
    expect(listed.data.map((r) => r.amount)).toEqual([2500, 3500]);
    const page = await listTransactionRefunds(deps(), { ...own(tx.id), limit: 1 });
    expect(page.hasMore).toBe(true);
    const next = await listTransactionRefunds(deps(), { ...own(tx.id), limit: 1, startingAfter: page.data[0]!.id });
    expect(next).toMatchObject({ hasMore: false, data: [{ id: rest.refund.id }] });
    await expect(listTransactionRefunds(deps(), { merchantId: shopB, mode: "test", transactionId: tx.id })).rejects.toMatchObject({ code: "resource_not_found" });
  });

  it("refuses bad amounts and other merchants, changing nothing", async () => {
    const tx = await pay("automatic", 5000);
    await settleNow();
    for (const amount of [0, -1, 0.5, 2 ** 60]) {
      await expect(refundTransaction(deps(), { ...own(tx.id), amount })).rejects.toMatchObject({ code: "parameter_invalid" });
    }
    await expect(refundTransaction(deps(), { merchantId: shopB, mode: "test", transactionId: tx.id, amount: 1 })).rejects.toMatchObject({
      code: "resource_not_found",
    });
    expect(await read(tx.id)).toMatchObject({ status: "settled", refundedAmount: 0 });
    expect(await handle.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, tx.id))).toHaveLength(0);
  });

  it("10 concurrent refunds that together exceed the amount never refund more than was captured", async () => {
    const tx = await pay("automatic", 10_000);
    await settleNow();
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => refundTransaction(deps(), { ...own(tx.id), amount: 3000 })));
    const succeeded = outcomes.filter((o) => o.status === "fulfilled");
    expect(succeeded).toHaveLength(3);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toMatchObject({ code: "refund_exceeds_remaining" });
    const after = await read(tx.id);
    expect(after).toMatchObject({ status: "partially_refunded", refundedAmount: 9000 });
    const refunds = await handle.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, tx.id));
    expect(refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(9000);
    expect(refunds.reduce((sum, r) => sum + r.amount, 0)).toBeLessThanOrEqual(after.capturedAmount);
  });

  it("answers acquirer_unavailable and records nothing when the acquirer is down", async () => {
    const tx = await pay("automatic", 5000);
    await settleNow();
    const down = createSimulatedAcquirer({ fault: (op) => (op === "refund" ? "unavailable" : undefined) });
    await expect(refundTransaction({ ...deps(), acquirers: { test: down, live: down } }, { ...own(tx.id), amount: 100 })).rejects.toMatchObject({ code: "acquirer_unavailable" });
    expect(await read(tx.id)).toMatchObject({ status: "settled", refundedAmount: 0 });
  });
});

describe("settleTransactions", () => {
  it("settles what was captured before the cut-off, once per cut-off, and leaves the rest", async () => {
    await settleNow(); // a clean slate
    const before = await pay("automatic");
    const authorized = await pay("manual");
    clock.advance(HOUR);
    const cutoffAt = clock.now();
    clock.advance(1);
    const after = await pay("automatic");
    clock.advance(HOUR);

    const run = await settleTransactions(deps(), { cutoffAt });
    expect(run).toMatchObject({ settled: 1, alreadyRun: false, settlement: { transactionCount: 1, cutoffAt: cutoffAt.toISOString() } });
    expect(run.settlement.id).toMatch(/^stl_/);
    expect(await read(before.id)).toMatchObject({ status: "settled", settlementId: run.settlement.id });
    expect((await read(authorized.id)).status).toBe("authorized");
    expect((await read(after.id)).status).toBe("captured");

    const again = await settleTransactions(deps(), { cutoffAt });
    expect(again).toMatchObject({ settled: 0, alreadyRun: true, settlement: { id: run.settlement.id, transactionCount: 1 } });
    const rows = await handle.db.select().from(schema.settlements).where(eq(schema.settlements.id, run.settlement.id));
    expect(rows).toHaveLength(1);
    await expect(settleTransactions(deps(), { cutoffAt: new Date(clock.now().getTime() + 1000) })).rejects.toMatchObject({ code: "parameter_invalid" });
  });

  it("runs each daily cut-off once however many instances check, and the next day's again", async () => {
    clock.advance(2 * DAY); // past every settlement the other tests made
    // The cut-off hour half a day from now: an hour later is still the same cut-off, a day later the next.
    const hour = (clock.now().getUTCHours() + 12) % 24;
    const daily = () => settleTransactions(deps(), { cutoffAt: dailySettlementCutoff(clock.now(), hour) });
    const tx = await pay("automatic");
    clock.advance(1);
    const checks = await Promise.all([daily(), daily(), daily()]);
    expect(new Set(checks.map((r) => r.settlement.id)).size).toBe(1);
    expect(checks.filter((r) => !r.alreadyRun)).toHaveLength(1);
    // Captured after the latest cut-off: it waits for the next one.
    expect((await read(tx.id)).status).toBe("captured");
    clock.advance(HOUR);
    expect(await daily()).toMatchObject({ alreadyRun: true, settled: 0, settlement: { id: checks[0]!.settlement.id } });

    clock.advance(DAY);
    const next = await daily();
    expect(next).toMatchObject({ alreadyRun: false, settled: 1 });
    expect(next.settlement.id).not.toBe(checks[0]!.settlement.id);
    expect(await read(tx.id)).toMatchObject({ status: "settled", settlementId: next.settlement.id });
    expect(await daily()).toMatchObject({ alreadyRun: true, settled: 0 });
  });

  it("two runs at once, in small batches, settle each transaction exactly once", async () => {
    await settleNow();
    const paid = [];
    for (let i = 0; i < 12; i++) paid.push(await pay("automatic", 100 + i));
    clock.advance(1000);
    const [a, b] = await Promise.all([settleTransactions(deps(), { batchSize: 5 }), settleTransactions(deps(), { batchSize: 5 })]);
    expect(a.settled + b.settled).toBe(12);
    expect(a.settlement.id).toBe(b.settlement.id);
    const [settlement] = await handle.db.select().from(schema.settlements).where(eq(schema.settlements.id, a.settlement.id));
    expect(settlement?.transactionCount).toBe(12);
    for (const tx of paid) {
      expect(await read(tx.id)).toMatchObject({ status: "settled", settlementId: a.settlement.id });
      expect((await eventTypes(tx.id)).filter((t) => t === "transaction.settled")).toHaveLength(1);
    }
  });
});
