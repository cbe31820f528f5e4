import { schema } from "@jeton/db";
import { desc, eq, gt } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { DatabaseExecutor } from "../events/record-event";
import { scopedWhere, type MerchantScope } from "../scope";
import { cardPerDayKey, countersNeeded, evaluateRiskRules, type RiskSignals, type ThreeDsSignal } from "./evaluate-risk-rules";
import { parseRiskRule } from "./parse-risk-rule";
import { MAX_WINDOW_MINUTES, type VelocityDimension } from "./risk-rule";

/** History read for a backtest: the attempts of the period, and those of the longest window before it. */
const MAX_ATTEMPTS = 20_000;
const PAID = new Set(["authorized", "captured", "settled", "partially_refunded", "refunded"]);

export interface BacktestMatch {
  transactionId: string;
  createdAt: string;
  amount: number;
  currency: string;
  /** What really happened to the payment. */
  status: string;
  brand: string;
  last4: string;
}

export interface BacktestResult {
  days: number;
  /** Payment attempts in the period. */
  evaluated: number;
  /** Attempts the rule would have fired on. */
  fired: number;
  /** Of those, how many were in fact paid, declined or refused otherwise. */
  firedByStatus: Record<string, number>;
  action: string | null;
  score: number;
  /** The most recent matches (at most 50). */
  matches: BacktestMatch[];
  /** More attempts than a backtest reads: the oldest were left out. */
  truncated: boolean;
}

type Attempt = {
  transactionId: string;
  createdAt: Date;
  amount: number;
  currency: string;
  fingerprint: string;
  dims: Record<VelocityDimension, string | null>;
  status: string;
  brand: string;
  last4: string;
  signals: Record<string, unknown>;
  threeDs: Record<string, unknown> | null;
};

/**
 * "What would this rule have done over the last N days": the rule, not yet
 * saved, is evaluated against every recorded payment attempt of the period
 * with the facts seen then (BIN country and funding, address country, first
 * sighting) and velocity counts recomputed from the same history for the
 * rule's own windows. Nothing is written.
 */
export async function backtestRiskRule(
  { db, clock }: { db: Pick<DatabaseExecutor, "select">; clock: Clock },
  scope: MerchantScope,
  input: unknown,
  options: { days?: number } = {},
): Promise<BacktestResult> {
  const rule = parseRiskRule(input);
  const days = options.days ?? 30;
  const now = clock.now().getTime();
  const periodStart = now - days * 86_400_000;
  const counters = countersNeeded([{ ...rule, id: "candidate" }]);
  const lookback = Math.max(0, ...counters.map((c) => c.windowMinutes)) * 60_000;
  const { riskAssessments: a, transactions: t } = schema;
  const rows = await db
    .select({ a, status: t.status, brand: t.brand, threeDs: t.threeDs })
    .from(a)
    .innerJoin(t, eq(t.id, a.transactionId))
    .where(scopedWhere(a, scope, eq(a.stage, "authorization"), gt(a.createdAt, new Date(periodStart - Math.min(lookback, MAX_WINDOW_MINUTES * 60_000)))))
    .orderBy(desc(a.createdAt))
    .limit(MAX_ATTEMPTS + 1);
  const truncated = rows.length > MAX_ATTEMPTS;
  const attempts: Attempt[] = rows
    .slice(0, MAX_ATTEMPTS)
    .reverse()
    .map(({ a: row, status, brand, threeDs }) => ({
      transactionId: row.transactionId,
      createdAt: row.createdAt,
      amount: row.amount,
      currency: row.currency,
      fingerprint: row.fingerprint,
      dims: {
        card: row.fingerprint,
        ip: row.ip,
        email: row.email,
        customer: row.customerId,
        device_session: row.deviceSession,
        payment_request: row.paymentRequestId,
        merchant: scope.merchantId,
      },
      status,
      brand,
      last4: row.last4,
      signals: row.signals,
      threeDs,
    }));

  // Attempts grouped by each dimension's value, in time order, for the windows' counts.
  const groups = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    for (const per of Object.keys(attempt.dims) as VelocityDimension[]) {
      const value = attempt.dims[per];
      if (value === null) continue;
      const key = `${per}:${value}`;
      const list = groups.get(key) ?? [];
      list.push(attempt);
      groups.set(key, list);
    }
  }

  const result: BacktestResult = { days, evaluated: 0, fired: 0, firedByStatus: {}, action: rule.action ?? null, score: rule.score ?? 0, matches: [], truncated };
  for (const attempt of attempts) {
    if (attempt.createdAt.getTime() <= periodStart) continue;
    result.evaluated++;
    const values: Record<string, number> = {};
    for (const counter of counters) {
      const value = attempt.dims[counter.per];
      if (value === null) continue;
      const since = attempt.createdAt.getTime() - counter.windowMinutes * 60_000;
      // Up to this attempt in recorded order (ties in time keep the order they were read in).
      const group = groups.get(`${counter.per}:${value}`) ?? [];
      const window = group.slice(0, group.indexOf(attempt) + 1).filter((other) => other.createdAt.getTime() > since);
      const before = window.filter((other) => other !== attempt);
      switch (counter.metric) {
        case "attempts":
          values[counter.key] = window.length;
          break;
        case "declines":
          values[counter.key] = before.filter((other) => other.status === "declined").length;
          break;
        case "distinct_cards":
          values[counter.key] = new Set(window.map((other) => other.fingerprint)).size;
          break;
        case "amount":
          values[counter.key] = window.filter((other) => other.currency === counter.currency).reduce((sum, other) => sum + other.amount, 0);
          break;
        case "paid":
          values[cardPerDayKey(counter.currency!)] =
            before.filter((other) => other.currency === counter.currency && PAID.has(other.status)).reduce((sum, other) => sum + other.amount, 0) +
            (attempt.currency === counter.currency ? attempt.amount : 0);
          break;
      }
    }
    const facts = attempt.signals as { cardCountry?: string | null; cardFunding?: RiskSignals["card"]["funding"]; ipCountry?: string | null; firstSeen?: boolean };
    const threeDs: ThreeDsSignal = attempt.threeDs
      ? { state: "done", transStatus: String(attempt.threeDs.transStatus), liabilityShift: attempt.threeDs.liabilityShift === true }
      : ((attempt.signals.threeDs as ThreeDsSignal | undefined) ?? { state: "pending" });
    const decision = evaluateRiskRules([{ ...rule, id: "candidate" }], {
      amount: attempt.amount,
      currency: attempt.currency,
      card: { brand: attempt.brand, bin: "", last4: attempt.last4, country: facts.cardCountry ?? null, funding: facts.cardFunding ?? null, firstSeen: facts.firstSeen ?? false },
      ip: attempt.dims.ip,
      ipCountry: facts.ipCountry ?? null,
      threeDs,
      counters: values,
    }, { review: 101, block: 101 });
    if (decision.fired.length === 0) continue;
    result.fired++;
    const outcome = PAID.has(attempt.status) ? "paid" : attempt.status;
    result.firedByStatus[outcome] = (result.firedByStatus[outcome] ?? 0) + 1;
    result.matches.unshift({
      transactionId: attempt.transactionId,
      createdAt: attempt.createdAt.toISOString(),
      amount: attempt.amount,
      currency: attempt.currency,
      status: attempt.status,
      brand: attempt.brand,
      last4: attempt.last4,
    });
  }
  result.matches = result.matches.slice(0, 50);
  return result;
}
