import type { VelocityDimension, VelocityMetric } from "./risk-rule";

/**
 * Velocity counts kept as upserted counters in bucketed windows, the same
 * mechanism (and table, `card_attempt_counters`) as the card-testing
 * defence: one row per key and bucket, incremented by `INSERT … ON CONFLICT
 * DO UPDATE`. The upsert makes concurrent attempts count exactly (the second
 * waits for the first's row, then adds to it: 20 parallel attempts read
 * 1 … 20), for every dimension alike.
 *
 * A window is the sum of its buckets; the bucket size grows with the window
 * so a count never reads more than ~120 rows: minutes up to 2 hours, hours
 * up to 5 days, days beyond. The oldest bucket is counted whole, so a window
 * reaches back at most one bucket further than asked (docs/risk.md).
 */

export type CounterMetric = VelocityMetric | "paid";

export interface CounterSpec {
  /** counterKey(...): what the rule reads. */
  name: string;
  metric: CounterMetric;
  per: VelocityDimension;
  windowMinutes: number;
  currency?: string | undefined;
}

/** What the attempt contributes and what it reads, ready for the one statement. */
export interface CounterPlan {
  /** Upserted with `count + inc` (locks the row until the payment commits). Sorted by key: no lock cycles. */
  bumps: { key: string; window_start: string; inc: number; expires_at: string; marker: string | null }[];
  /** distinct_cards: one row per value, card and bucket; the distinct count goes up by one when the row is new. */
  marks: { key: string; window_start: string; expires_at: string }[];
  reads: { name: string; key: string; read_from: string; current: string | null }[];
  /** Applied when the payment fails (declined, blocked, authentication failed, expired): see recordRiskFailure. */
  onFailure: { key: string; window_start: string; expires_at: string; declined: number; failed: number }[];
}

export interface CounterAttempt {
  merchantId: string;
  mode: string;
  /** The attempt itself is counted (authorization); the re-assessment after a challenge only reads. */
  counts: boolean;
  fingerprint: string;
  amount: number;
  currency: string;
  values: Record<VelocityDimension, string | null>;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** The bucket size (seconds) of a window, and the longest window counted in that size (for the row's expiry). */
export function bucketOf(windowMinutes: number): { seconds: number; longestMinutes: number } {
  if (windowMinutes <= 120) return { seconds: MINUTE, longestMinutes: 120 };
  if (windowMinutes <= 5 * 24 * 60) return { seconds: HOUR, longestMinutes: 5 * 24 * 60 };
  return { seconds: DAY, longestMinutes: 30 * 24 * 60 };
}

/** `counted`: keys an earlier statement of the same attempt already counted (they are only read). */
export function planCounters(now: Date, attempt: CounterAttempt, specs: readonly CounterSpec[], counted: ReadonlySet<string> = new Set()): CounterPlan {
  const bumps = new Map<string, CounterPlan["bumps"][number]>();
  const marks = new Map<string, CounterPlan["marks"][number]>();
  const failures = new Map<string, CounterPlan["onFailure"][number]>();
  const reads: CounterPlan["reads"] = [];
  const nowMs = now.getTime();
  for (const spec of specs) {
    const value = spec.per === "merchant" ? "" : attempt.values[spec.per];
    if (value === null) continue; // the attempt has no email, no device session…: the rule cannot fire
    const bucket = bucketOf(spec.windowMinutes);
    const startMs = Math.floor(nowMs / (bucket.seconds * 1000)) * bucket.seconds * 1000;
    const windowStart = new Date(startMs).toISOString();
    const expiresAt = new Date(startMs + bucket.seconds * 1000 + bucket.longestMinutes * 60_000).toISOString();
    const key = `risk:${attempt.merchantId}:${attempt.mode}:${spec.metric}:${spec.per}:${bucket.seconds}:${spec.currency ?? ""}:${value}`;
    const readFrom = new Date(nowMs - spec.windowMinutes * 60_000);
    // The oldest bucket overlapping the window is counted whole.
    const from = new Date(Math.floor(readFrom.getTime() / (bucket.seconds * 1000)) * bucket.seconds * 1000).toISOString();

    let inc: number | null = null;
    let marker: string | null = null;
    if (attempt.counts && !counted.has(key)) {
      if (spec.metric === "attempts") inc = 1;
      if ((spec.metric === "amount" || spec.metric === "paid") && spec.currency === attempt.currency) inc = attempt.amount;
      if (spec.metric === "distinct_cards") {
        marker = `${key}:${attempt.fingerprint}`;
        marks.set(marker, { key: marker, window_start: windowStart, expires_at: expiresAt });
        inc = 0;
      }
      if (spec.metric === "declines" || (spec.metric === "paid" && spec.currency === attempt.currency)) {
        const failure = failures.get(key) ?? { key, window_start: windowStart, expires_at: expiresAt, declined: 0, failed: 0 };
        if (spec.metric === "declines") failure.declined = 1;
        else failure.failed = -attempt.amount;
        failures.set(key, failure);
      }
    }
    if (inc !== null && !bumps.has(key)) bumps.set(key, { key, window_start: windowStart, inc, expires_at: expiresAt, marker });
    reads.push({ name: spec.name, key, read_from: from, current: inc !== null ? windowStart : null });
  }
  const sorted = <T extends { key: string }>(map: Map<string, T>) => [...map.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { bumps: sorted(bumps), marks: sorted(marks), reads, onFailure: sorted(failures) };
}
