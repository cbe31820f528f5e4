import { schema, type DatabaseHandle } from "@jeton/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { createId } from "../ids/create-id";
import type { TransactionStatus } from "../transactions/transaction-state-machine";
import { getDashboardStats, type DashboardStats } from "./get-dashboard-stats";

let handle: DatabaseHandle;
let shopA: string;
let shopB: string;
const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));

interface Row {
  status: TransactionStatus;
  amount: number;
  currency: string;
  at: string;
  merchantId?: string;
  mode?: "test" | "live";
  refundedAmount?: number;
  declineCode?: string | null;
  threeDs?: Record<string, unknown> | null;
}

async function insert(rows: Row[]) {
  await handle.db.insert(schema.transactions).values(
    rows.map((row) => ({
      id: createId("tx"),
      merchantId: row.merchantId ?? shopA,
      mode: row.mode ?? ("test" as const),
      status: row.status,
      amount: row.amount,
      currency: row.currency,
      refundedAmount: row.refundedAmount ?? 0,
      captureMode: "automatic" as const,
      brand: "visa",
      bin: "424242",
      last4: "4242",
      expMonth: 12,
      expYear: 2034,
      fingerprint: "fp",
      declineCode: row.declineCode ?? null,
      threeDs: row.threeDs ?? null,
      createdAt: new Date(row.at),
    })),
  );
}

const frictionless = { version: "2.2.0", transStatus: "Y", liabilityShift: true, challenged: false };
const challengedOk = { version: "2.2.0", transStatus: "Y", liabilityShift: true, challenged: true };
const attempted = { version: "2.2.0", transStatus: "A", liabilityShift: true, challenged: false };

let stats: DashboardStats;

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId: shopA }, { merchantId: shopB }] = merchants;
  await insert([
    // Today (UTC 2026-11-20), volume: EUR 10.00 + 25.50, the second exactly at midnight.
    { status: "captured", amount: 1000, currency: "EUR", at: "2026-11-20T09:00:00Z", threeDs: frictionless },
    { status: "settled", amount: 2550, currency: "EUR", at: "2026-11-20T00:00:00Z", threeDs: challengedOk },
    // Approved then voided: counts for acceptance, not for volume.
    { status: "canceled", amount: 700, currency: "EUR", at: "2026-11-20T08:00:00Z", threeDs: attempted },
    { status: "declined", amount: 900, currency: "EUR", at: "2026-11-20T07:00:00Z", declineCode: "insufficient_funds" },
    { status: "blocked", amount: 800, currency: "EUR", at: "2026-11-20T06:00:00Z" },
    // Undecided: a challenge under way, and one abandoned at the ACS.
    { status: "requires_action", amount: 400, currency: "EUR", at: "2026-11-20T09:30:00Z" },
    {
      status: "expired",
      amount: 300,
      currency: "EUR",
      at: "2026-11-18T09:30:00Z",
      threeDs: { transStatus: "N", challenged: true, challengeCancel: "04" },
    },
    // One second before today: the 30 days only.
    { status: "partially_refunded", amount: 5000, currency: "EUR", at: "2026-11-19T23:59:59Z", refundedAmount: 1000 },
    { status: "declined", amount: 100, currency: "EUR", at: "2026-11-10T10:00:00Z", declineCode: "do_not_honor" },
    { status: "declined", amount: 100, currency: "EUR", at: "2026-11-11T10:00:00Z", declineCode: "do_not_honor" },
    { status: "declined", amount: 100, currency: "EUR", at: "2026-11-12T10:00:00Z", declineCode: null },
    {
      status: "declined",
      amount: 100,
      currency: "EUR",
      at: "2026-11-13T10:00:00Z",
      declineCode: "issuer_unavailable",
      threeDs: { transStatus: "U", challenged: false },
    },
    {
      status: "authentication_failed",
      amount: 100,
      currency: "EUR",
      at: "2026-11-14T10:00:00Z",
      threeDs: { transStatus: "N", challenged: true },
    },
    // Three decimals: TND 12.345 on the first day of the window (its very first instant).
    { status: "authorized", amount: 12345, currency: "TND", at: "2026-10-22T00:00:00Z" },
    // No decimals: JPY 500, refunded in full.
    { status: "refunded", amount: 500, currency: "JPY", at: "2026-11-01T12:00:00Z", refundedAmount: 500 },

    // None of these count: before the window, after now, another merchant, live mode.
    { status: "captured", amount: 99_999, currency: "TND", at: "2026-10-21T23:59:59Z" },
    { status: "declined", amount: 99_999, currency: "EUR", at: "2026-10-21T23:59:59Z", declineCode: "lost_card" },
    { status: "captured", amount: 99_999, currency: "EUR", at: "2026-11-20T10:00:01Z" },
    { status: "captured", amount: 99_999, currency: "EUR", at: "2026-11-20T09:00:00Z", merchantId: shopB },
    { status: "captured", amount: 99_999, currency: "EUR", at: "2026-11-20T09:00:00Z", mode: "live", threeDs: frictionless },
    { status: "declined", amount: 99_999, currency: "USD", at: "2026-11-20T09:00:00Z", mode: "live", declineCode: "stolen_card" },
    { status: "declined", amount: 1, currency: "EUR", at: "2026-11-20T09:00:00Z", merchantId: shopB, declineCode: "stolen_card" },
  ]);
  stats = await getDashboardStats({ db: handle.db, clock }, { merchantId: shopA, mode: "test" });
});
afterAll(async () => {
  await handle?.close();
});

describe("getDashboardStats", () => {
  it("bounds today and the 30 days in UTC days, today included", () => {
    expect(stats.timeZone).toBe("UTC");
    expect(stats.periods).toEqual({
      todayFrom: "2026-11-20T00:00:00.000Z",
      last30From: "2026-10-22T00:00:00.000Z",
      to: "2026-11-20T10:00:00.000Z",
    });
  });

  it("sums accepted volume per currency, in minor units, for today and the 30 days", () => {
    expect(stats.volumes).toEqual([
      { currency: "EUR", today: { amount: 3550, count: 2 }, last30Days: { amount: 8550, count: 3, refunded: 1000 } },
      { currency: "JPY", today: { amount: 0, count: 0 }, last30Days: { amount: 500, count: 1, refunded: 500 } },
      { currency: "TND", today: { amount: 0, count: 0 }, last30Days: { amount: 12345, count: 1, refunded: 0 } },
    ]);
  });

  it("rates acceptance over decided attempts only (pending and abandoned challenges left out)", () => {
    // Today: captured, settled, canceled approved; declined, blocked refused.
    expect(stats.acceptance.today).toEqual({ approved: 3, decided: 5, rate: 0.6 });
    // 30 days: + partially refunded, TND, JPY approved; 4 more declines and a failed authentication refused.
    expect(stats.acceptance.last30Days).toEqual({ approved: 6, decided: 13, rate: 6 / 13 });
  });

  it("counts refusals by reason, blocked and failed authentication as reasons of their own", () => {
    expect(stats.declines).toEqual([
      { reason: "do_not_honor", count: 2 },
      { reason: "authentication_failed", count: 1 },
      { reason: "blocked", count: 1 },
      { reason: "insufficient_funds", count: 1 },
      { reason: "issuer_unavailable", count: 1 },
      { reason: "unknown", count: 1 },
    ]);
  });

  it("classifies 3-D Secure outcomes from the stored transStatus", () => {
    expect(Object.fromEntries(stats.threeDs.map((entry) => [entry.outcome, entry.count]))).toEqual({
      frictionless: 2,
      challenged_ok: 1,
      failed: 1,
      abandoned: 1,
      unavailable: 1,
      pending: 1,
      // Four declines without 3DS, the blocked one, the partially refunded, TND and JPY payments.
      not_applicable: 8,
    });
  });

  it("gives a 30-day daily series per currency, zeros included", () => {
    expect(stats.daily.map((series) => series.currency)).toEqual(["EUR", "JPY", "TND"]);
    for (const series of stats.daily) {
      expect(series.days).toHaveLength(30);
      expect(series.days[0]?.date).toBe("2026-10-22");
      expect(series.days[29]?.date).toBe("2026-11-20");
    }
    const nonZero = (currency: string) =>
      stats.daily.find((series) => series.currency === currency)!.days.filter((day) => day.count > 0);
    expect(nonZero("EUR")).toEqual([
      { date: "2026-11-19", amount: 5000, count: 1 },
      { date: "2026-11-20", amount: 3550, count: 2 },
    ]);
    expect(nonZero("JPY")).toEqual([{ date: "2026-11-01", amount: 500, count: 1 }]);
    expect(nonZero("TND")).toEqual([{ date: "2026-10-22", amount: 12345, count: 1 }]);
  });

  it("is empty for a merchant or mode without payments", async () => {
    const empty = await getDashboardStats({ db: handle.db, clock }, { merchantId: shopB, mode: "live" });
    expect(empty.volumes).toEqual([]);
    expect(empty.daily).toEqual([]);
    expect(empty.declines).toEqual([]);
    expect(empty.acceptance).toEqual({ today: { approved: 0, decided: 0, rate: null }, last30Days: { approved: 0, decided: 0, rate: null } });
    expect(empty.threeDs.every((entry) => entry.count === 0)).toBe(true);
  });

  it("sees live-mode payments only in live mode", async () => {
    const live = await getDashboardStats({ db: handle.db, clock }, { merchantId: shopA, mode: "live" });
    expect(live.volumes).toEqual([{ currency: "EUR", today: { amount: 99_999, count: 1 }, last30Days: { amount: 99_999, count: 1, refunded: 0 } }]);
    expect(live.declines).toEqual([{ reason: "stolen_card", count: 1 }]);
    expect(live.acceptance.today).toEqual({ approved: 1, decided: 2, rate: 0.5 });
  });
});
