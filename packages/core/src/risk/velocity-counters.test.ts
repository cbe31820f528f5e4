import { describe, expect, it } from "vitest";
import { bucketOf, planCounters, type CounterAttempt } from "./velocity-counters";

const attempt: CounterAttempt = {
  merchantId: "mer_1",
  mode: "test",
  counts: true,
  fingerprint: "fp1",
  amount: 1500,
  currency: "EUR",
  values: { card: "fp1", ip: "203.0.113.1", email: null, customer: null, device_session: null, payment_request: "pr_1", merchant: "mer_1" },
};
const now = new Date("2026-11-20T10:07:30Z");

describe("planCounters", () => {
  it("sizes buckets by window so a read spans at most ~120 rows", () => {
    expect(bucketOf(1).seconds).toBe(60);
    expect(bucketOf(120).seconds).toBe(60);
    expect(bucketOf(121).seconds).toBe(3600);
    expect(bucketOf(5 * 24 * 60).seconds).toBe(3600);
    expect(bucketOf(30 * 24 * 60).seconds).toBe(86_400);
  });

  it("bumps a shared key once for two windows of one bucket size, and reads each window from its own start", () => {
    const plan = planCounters(now, attempt, [
      { name: "attempts:card:10", metric: "attempts", per: "card", windowMinutes: 10 },
      { name: "attempts:card:60", metric: "attempts", per: "card", windowMinutes: 60 },
    ]);
    expect(plan.bumps).toHaveLength(1);
    expect(plan.bumps[0]).toMatchObject({ inc: 1, window_start: "2026-11-20T10:07:00.000Z" });
    expect(plan.reads.map((r) => r.read_from)).toEqual(["2026-11-20T09:57:00.000Z", "2026-11-20T09:07:00.000Z"]);
  });

  it("adds the amount only in its currency, skips dimensions the attempt lacks, and plans the failure adjustments", () => {
    const plan = planCounters(now, attempt, [
      { name: "a", metric: "amount", per: "ip", windowMinutes: 60, currency: "EUR" },
      { name: "b", metric: "amount", per: "ip", windowMinutes: 60, currency: "USD" },
      { name: "c", metric: "attempts", per: "email", windowMinutes: 60 },
      { name: "d", metric: "declines", per: "card", windowMinutes: 60 },
      { name: "e", metric: "paid", per: "card", windowMinutes: 1440, currency: "EUR" },
    ]);
    expect(plan.bumps.map((b) => b.inc)).toEqual([1500, 1500]); // EUR amount and paid; USD and declines only read
    expect(plan.reads.map((r) => r.name)).toEqual(["a", "b", "d", "e"]);
    expect(plan.onFailure.map((f) => [f.declined, f.failed])).toEqual([[1, 0], [0, -1500]]);
  });

  it("marks the card for distinct counts, and only reads at the challenge stage or for keys already counted", () => {
    const spec = [{ name: "dc", metric: "distinct_cards" as const, per: "ip" as const, windowMinutes: 60 }];
    const plan = planCounters(now, attempt, spec);
    expect(plan.marks).toHaveLength(1);
    expect(plan.bumps[0]!.marker).toBe(plan.marks[0]!.key);
    const challenge = planCounters(now, { ...attempt, counts: false }, spec);
    expect([challenge.bumps, challenge.marks, challenge.reads[0]!.current]).toEqual([[], [], null]);
    const again = planCounters(now, attempt, spec, new Set(plan.bumps.map((b) => b.key)));
    expect(again.bumps).toEqual([]);
  });

  it("keys are per merchant and mode, sorted so concurrent attempts lock rows in one order", () => {
    const plan = planCounters(now, attempt, [
      { name: "x", metric: "attempts", per: "payment_request", windowMinutes: 5 },
      { name: "y", metric: "attempts", per: "card", windowMinutes: 5 },
    ]);
    expect(plan.bumps.map((b) => b.key)).toEqual([...plan.bumps.map((b) => b.key)].sort());
    expect(plan.bumps.every((b) => b.key.startsWith("risk:mer_1:test:"))).toBe(true);
  });
});
