import { createDatabase, schema, type DatabaseHandle } from "@jeton/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { createId } from "../ids/create-id";
import { assessPaymentRisk, type RiskAttempt } from "./assess-payment-risk";
import { createRiskRule } from "./create-risk-rule";
import { gatherRiskSignals } from "./gather-risk-signals";
import { recordRiskFailure } from "./record-risk-failure";
import type { VelocityDimension } from "./risk-rule";

let platform: TestPlatform;
let merchantId: string;
const actor = { userId: "usr_test", actorEmail: "owner@shop-a.example" };
const deps = () => ({ db: platform.db, vault: platform.vault, clock: platform.clock, acquirers: platform.acquirers, urls: platform.urls });

beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 1, now: new Date("2026-11-20T10:00:30Z") });
  merchantId = platform.merchants[0].merchantId;
});
afterAll(async () => {
  await platform?.handle.close();
});
beforeEach(async () => {
  await platform.db.delete(schema.riskRules);
  platform.clock.advance(2 * 24 * 3_600_000);
});

let seq = 0;
/** One attempt: a different card, address, email… each time, except the values given. */
function attempt(shared: Partial<RiskAttempt> = {}, fingerprint = `fp_${++seq}`): RiskAttempt {
  const n = ++seq;
  return {
    merchantId,
    mode: "test",
    transactionId: createId("tx"),
    stage: "authorization",
    card: { fingerprint, brand: "visa", bin: "424242", last4: "4242", pan: null },
    amount: 1000,
    currency: "EUR",
    ip: `198.51.100.${n % 250}`,
    email: `shopper${n}@example.net`,
    customerId: `cus_${n}`,
    deviceSession: `dev_${n}`,
    paymentRequestId: `pr_${n}`,
    threeDs: { state: "pending" },
    ...shared,
  };
}

const assess = (a: RiskAttempt) => platform.db.transaction((tx) => assessPaymentRisk({ db: tx, clock: platform.clock }, a));

async function velocityRule(metric: "attempts" | "distinct_cards" | "amount" | "declines", per: VelocityDimension, windowMinutes = 30) {
  await createRiskRule(
    deps(),
    { merchantId, mode: "test" },
    { name: `${metric} per ${per}`, conditions: [{ type: "velocity", metric, per, windowMinutes, atLeast: 1000, ...(metric === "amount" ? { currency: "EUR" } : {}) }], score: 1 },
    actor,
  );
}

describe("velocity counters under concurrency (PostgreSQL upserts)", () => {
  const cases: [VelocityDimension, Partial<RiskAttempt>][] = [
    ["card", { card: { fingerprint: "fp_shared", brand: "visa", bin: "424242", last4: "4242", pan: null } }],
    ["ip", { ip: "203.0.113.9" }],
    ["email", { email: "carder@example.net" }],
    ["customer", { customerId: "cus_shared" }],
    ["device_session", { deviceSession: "dev_shared" }],
    ["payment_request", { paymentRequestId: "pr_shared" }],
    ["merchant", {}],
  ];
  for (const [per, shared] of cases) {
    it(`counts 20 parallel attempts per ${per} as 20, each seeing the ones before it`, async () => {
      await velocityRule("attempts", per);
      await velocityRule("amount", per, 3 * 24 * 60); // an hour-bucketed window as well
      const results = await Promise.all(Array.from({ length: 20 }, () => assess(attempt(shared))));
      const key = `attempts:${per}:30`;
      const counts = results.map((r) => (r.fired.find((f) => f.name === `attempts per ${per}`)?.signals[0] as { count: number } | undefined)?.count);
      // The rule needs 1000 to fire; the counts are in the recorded signals.
      const recorded = await platform.db.select().from(schema.riskAssessments);
      const mine = recorded.filter((row) => results.some((r) => r.id === row.id));
      const seen = mine.map((row) => (row.signals as { counters: Record<string, number> }).counters[key]!).sort((a, b) => a - b);
      expect(counts.every((c) => c === undefined)).toBe(true);
      expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const amounts = mine.map((row) => (row.signals as { counters: Record<string, number> }).counters[`amount:${per}:4320:EUR`]!).sort((a, b) => a - b);
      expect(amounts).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 1000));
    });
  }

  it("counts distinct cards exactly: 20 parallel attempts from one address with 10 cards, twice each", async () => {
    await velocityRule("distinct_cards", "ip");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => assess(attempt({ ip: "203.0.113.50" }, `fp_dc_${i % 10}`))));
    const recorded = (await platform.db.select().from(schema.riskAssessments)).filter((row) => results.some((r) => r.id === row.id));
    const seen = recorded.map((row) => (row.signals as { counters: Record<string, number> }).counters["distinct_cards:ip:30"]!);
    expect(Math.max(...seen)).toBe(10);
  });

  it("a window counts its past buckets and leaves out those before it", async () => {
    await velocityRule("attempts", "ip", 10);
    const ip = "203.0.113.77";
    await assess(attempt({ ip }));
    platform.clock.advance(5 * 60_000);
    await assess(attempt({ ip }));
    platform.clock.advance(5 * 60_000);
    const third = await assess(attempt({ ip }));
    const [row] = (await platform.db.select().from(schema.riskAssessments)).filter((r) => r.id === third.id);
    // 10 minutes back (to the start of the bucket 10 minutes ago) still holds the first: 3.
    expect((row!.signals as { counters: Record<string, number> }).counters["attempts:ip:10"]).toBe(3);
    platform.clock.advance(6 * 60_000);
    const fourth = await assess(attempt({ ip }));
    const [later] = (await platform.db.select().from(schema.riskAssessments)).filter((r) => r.id === fourth.id);
    expect((later!.signals as { counters: Record<string, number> }).counters["attempts:ip:10"]).toBe(2); // 10:06 onwards: the first two have left the window
  });

  it("a declined payment counts in its declines counters (recordRiskFailure), other unpaid ends do not", async () => {
    await velocityRule("declines", "email", 60);
    const email = "declined@example.net";
    const first = attempt({ email });
    await assess(first);
    await recordRiskFailure(platform.db, first.transactionId, "declined");
    const second = attempt({ email });
    await assess(second);
    await recordRiskFailure(platform.db, second.transactionId, "authentication_failed");
    const third = await assess(attempt({ email }));
    const [row] = (await platform.db.select().from(schema.riskAssessments)).filter((r) => r.id === third.id);
    expect((row!.signals as { counters: Record<string, number> }).counters["declines:email:60"]).toBe(1);
  });
});

describe.runIf(process.env.DATABASE_URL)("velocity counters on a pool of their own (PostgreSQL: RiskDeps.asyncCommitDb)", () => {
  let pool: DatabaseHandle;
  beforeAll(() => {
    pool = createDatabase({ url: (platform.handle as DatabaseHandle & { url?: string }).url!, maxConnections: 4, asyncCommit: true });
  });
  afterAll(async () => {
    await pool?.close();
  });
  /** The payment's transaction sends its counters on the other pool, as startCardPayment does. */
  const gatherOnPool = (tx: typeof platform.db, a: RiskAttempt) => gatherRiskSignals({ db: tx, counterDb: pool.asyncCommitDb, clock: platform.clock }, a);

  it("counts 20 parallel attempts on one address as 20, each seeing the ones before it", async () => {
    await velocityRule("attempts", "ip");
    const results = await Promise.all(Array.from({ length: 20 }, () => platform.db.transaction((tx) => gatherOnPool(tx, attempt({ ip: "203.0.113.50" })))));
    expect(results.map((r) => r.counters["attempts:ip:30"]).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("holds a counter's row lock for its statement only: an attempt on the same address counts while an earlier payment is still open", async () => {
    await velocityRule("attempts", "ip");
    const ip = "203.0.113.51";
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let counted!: () => void;
    const firstCounted = new Promise<void>((resolve) => (counted = resolve));
    const first = platform.db.transaction(async (tx) => {
      const signals = await gatherOnPool(tx, attempt({ ip }));
      counted();
      await held; // the payment goes on: authorization, events… its transaction still open
      return signals;
    });
    await firstCounted;
    // Counted in the first payment's transaction, the row would stay locked until it commits: this would wait for ever.
    const second = await platform.db.transaction((tx) => gatherOnPool(tx, attempt({ ip })));
    expect(second.counters["attempts:ip:30"]).toBe(2);
    release();
    expect((await first).counters["attempts:ip:30"]).toBe(1);
  });
});

describe("the cost of an assessment", () => {
  it("is one counter statement plus the record once the rules are in memory, and notices a rule change at once", async () => {
    await velocityRule("attempts", "ip");
    await velocityRule("distinct_cards", "email");
    await assess(attempt()); // the rules are read once
    const calls: string[] = [];
    const counted = await platform.db.transaction((tx) => {
      // Counts drizzle's builders and runStatement's constant statements (sent on the session's driver client).
      const counting = <T extends object>(target: T, names: string[], as?: string): T =>
        new Proxy(target, {
          get(object, prop, receiver) {
            const value = Reflect.get(object, prop, receiver);
            if (prop === "session" && !as) return counting(value as object, ["client"], "session");
            if (prop === "client" && as === "session") return counting(value as object, ["unsafe", "query"], "statement");
            if (typeof value === "function" && names.includes(String(prop))) {
              return (...args: unknown[]) => {
                calls.push(as === "statement" ? "statement" : String(prop));
                return (value as (...a: unknown[]) => unknown).apply(object, args);
              };
            }
            return value;
          },
        });
      return assessPaymentRisk({ db: counting(tx, ["execute", "select", "insert", "update", "delete", "query"]), clock: platform.clock }, attempt());
    });
    expect(counted.outcome).toBe("allow");
    // The counters and lookups, then the assessment's row: two constant statements, nothing built by drizzle.
    expect(calls).toEqual(["statement", "statement"]);

    // A rule added by anyone is in force for the very next assessment.
    await createRiskRule(deps(), { merchantId, mode: "test" }, { name: "block visa", conditions: [{ type: "card_brand", in: ["visa"] }], action: "block" }, actor);
    expect((await assess(attempt())).outcome).toBe("block");
  });
});

describe("retention", () => {
  it("deletes assessments past the retention, oldest first in batches, and keeps the rest", async () => {
    const { purgeRiskAssessments } = await import("./purge-risk-assessments");
    await platform.db.delete(schema.riskAssessments);
    for (let i = 0; i < 5; i++) await assess(attempt());
    platform.clock.advance(100 * 86_400_000);
    const recent = await assess(attempt());
    // 60 days: the five old ones go, two at a time; the recent one stays.
    expect(await purgeRiskAssessments({ db: platform.db, clock: platform.clock }, { retentionDays: 60, batchSize: 2 })).toBe(5);
    expect((await platform.db.select().from(schema.riskAssessments)).map((r) => r.id)).toEqual([recent.id]);
    // A run stops after maxBatches; never less than the backtest's 30 days.
    platform.clock.advance(20 * 86_400_000);
    expect(await purgeRiskAssessments({ db: platform.db, clock: platform.clock }, { retentionDays: 1, batchSize: 2, maxBatches: 1 })).toBe(0);
    platform.clock.advance(12 * 86_400_000);
    expect(await purgeRiskAssessments({ db: platform.db, clock: platform.clock }, { retentionDays: 1 })).toBe(1);
  });
});

describe("a merchant's own score thresholds", () => {
  it("apply within the bounds; bad input is refused naming the field; null goes back to the platform's", async () => {
    const { setMerchantRiskThresholds } = await import("./set-merchant-risk-thresholds");
    await createRiskRule(deps(), { merchantId, mode: "test" }, { name: "visa scores 40", conditions: [{ type: "card_brand", in: ["visa"] }], score: 40 }, actor);
    const ip = "203.0.113.200";
    expect((await assess(attempt({ ip }))).outcome).toBe("allow"); // 40 (+ first seen 5) < 65
    await setMerchantRiskThresholds(deps(), merchantId, { review: 40, block: 95 });
    expect((await assess(attempt({ ip }))).outcome).toBe("review");
    await expect(setMerchantRiskThresholds(deps(), merchantId, { review: 10, block: 95 })).rejects.toMatchObject({ code: "parameter_invalid", param: "review" });
    await expect(setMerchantRiskThresholds(deps(), merchantId, { review: 80, block: 60 })).rejects.toMatchObject({ param: "review" });
    await expect(setMerchantRiskThresholds(deps(), merchantId, { review: 40, block: "x" })).rejects.toMatchObject({ param: "block" });
    expect((await assess(attempt({ ip }))).outcome).toBe("review"); // unchanged by the refused writes
    await setMerchantRiskThresholds(deps(), merchantId, { review: null, block: null });
    expect((await assess(attempt({ ip }))).outcome).toBe("allow");
  });
});
