import { type Database, schema } from "@jeton/db";
import { and, desc, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { scopedWhere, type Mode } from "../scope";
import type { TransactionStatus } from "../transactions/transaction-state-machine";

/**
 * Statuses whose amount is volume: the issuer approved and the authorization
 * was not voided. Refunds are not deducted (volume is gross sales; the refunded
 * amount is reported beside it). A canceled authorization never moved money,
 * so it is not volume.
 */
export const VOLUME_STATUSES = ["authorized", "captured", "settled", "partially_refunded", "refunded"] as const satisfies readonly TransactionStatus[];

/**
 * For the acceptance rate, "accepted" means the issuer said yes: the volume
 * statuses plus `canceled` (only an approved payment can be canceled; the
 * merchant's later void says nothing about acceptance).
 */
export const APPROVED_STATUSES = [...VOLUME_STATUSES, "canceled"] as const satisfies readonly TransactionStatus[];

/**
 * The attempts that reached a decision: approved, or refused by the issuer,
 * by 3-D Secure or by a risk rule. A challenge still pending
 * (`requires_action`) or abandoned (`expired`) was never decided.
 */
export const REFUSED_STATUSES = ["declined", "authentication_failed", "blocked"] as const satisfies readonly TransactionStatus[];
export const DECIDED_STATUSES = [...APPROVED_STATUSES, ...REFUSED_STATUSES] as const satisfies readonly TransactionStatus[];

/**
 * How a payment's 3-D Secure ended, from `transactions.three_ds` (EMV transStatus):
 * frictionless (Y/A without challenge), challenged_ok (Y/A after a challenge),
 * failed (N/R), abandoned (challenge canceled or timed out), unavailable (U:
 * could not be performed), pending (challenge under way), not_applicable (no
 * authentication: blocked before it, stored-credential charges…).
 */
export const threeDsOutcomes = ["frictionless", "challenged_ok", "failed", "abandoned", "unavailable", "pending", "not_applicable"] as const;
export type ThreeDsOutcome = (typeof threeDsOutcomes)[number];

export const DASHBOARD_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface AmountAndCount {
  /** Minor units of the currency. */
  amount: number;
  count: number;
}

export interface AcceptanceRate {
  approved: number;
  decided: number;
  /** approved / decided, 0–1; null when nothing was decided. */
  rate: number | null;
}

export interface DashboardStats {
  timeZone: "UTC";
  /** Today: from UTC midnight to now. The 30 days: from UTC midnight 29 days ago (today included) to now. */
  periods: { todayFrom: string; last30From: string; to: string };
  /** Per currency with any volume in the 30 days, largest 30-day count first. */
  volumes: { currency: string; today: AmountAndCount; last30Days: AmountAndCount & { refunded: number } }[];
  acceptance: { today: AcceptanceRate; last30Days: AcceptanceRate };
  /** Refusals over the 30 days: the decline code, or `blocked` / `authentication_failed`; most frequent first. */
  declines: { reason: string; count: number }[];
  /** Every outcome over the 30 days, in `threeDsOutcomes` order, zeros included. */
  threeDs: { outcome: ThreeDsOutcome; count: number }[];
  /** One entry per currency of `volumes`, 30 days each (oldest first, `YYYY-MM-DD` in UTC), zeros included. */
  daily: { currency: string; days: ({ date: string } & AmountAndCount)[] }[];
}

/** A timestamp parameter spelled out, so both drivers (postgres.js and PGlite) bind it the same way. */
const at = (date: Date): SQL => sql`${date.toISOString()}::timestamptz`;
/** Sums of bigint are numeric: read as text, then checked into a safe integer. */
const total = (expression: SQL): SQL<number> => sql`coalesce(${expression}, 0)::text`.mapWith(toSafeInteger);
const tally = (expression: SQL): SQL<number> => sql`${expression}`.mapWith(Number);

function toSafeInteger(value: unknown): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`total out of range: ${String(value)}`);
  return number;
}

function rate(approved: number, decided: number): AcceptanceRate {
  return { approved, decided, rate: decided === 0 ? null : approved / decided };
}

/**
 * The back-office dashboard's figures for one merchant and mode, by the
 * payment attempt's creation time, in UTC days. Everything is aggregated by
 * the database (four grouped queries over the 30-day window, which the
 * (merchant_id, created_at) index bounds); only the per-currency and per-day
 * results come back.
 */
export async function getDashboardStats(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode }: { merchantId: string; mode: Mode },
): Promise<DashboardStats> {
  const now = clock.now();
  const todayFrom = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const last30From = new Date(todayFrom.getTime() - (DASHBOARD_DAYS - 1) * DAY_MS);
  const t = schema.transactions;
  const window = scopedWhere(t, { merchantId, mode }, gte(t.createdAt, last30From), lte(t.createdAt, now));
  const today = sql`${t.createdAt} >= ${at(todayFrom)}`;
  const volume = inArray(t.status, [...VOLUME_STATUSES]);
  const approved = inArray(t.status, [...APPROVED_STATUSES]);
  const decided = inArray(t.status, [...DECIDED_STATUSES]);

  const perCurrency = db
    .select({
      currency: t.currency,
      todayAmount: total(sql`sum(${t.amount}) filter (where ${volume} and ${today})`),
      todayCount: tally(sql`count(*) filter (where ${volume} and ${today})`),
      amount: total(sql`sum(${t.amount}) filter (where ${volume})`),
      count: tally(sql`count(*) filter (where ${volume})`),
      refunded: total(sql`sum(${t.refundedAmount}) filter (where ${volume})`),
      todayApproved: tally(sql`count(*) filter (where ${approved} and ${today})`),
      todayDecided: tally(sql`count(*) filter (where ${decided} and ${today})`),
      approved: tally(sql`count(*) filter (where ${approved})`),
      decided: tally(sql`count(*) filter (where ${decided})`),
    })
    .from(t)
    .where(window)
    .groupBy(t.currency);

  // No bound parameters inside: the GROUP BY expression must be the SELECT's, text for text.
  const reason = sql<string>`case when ${t.status} = 'declined' then coalesce(${t.declineCode}, 'unknown') else ${t.status} end`;
  const declines = db
    .select({ reason, count: tally(sql`count(*)`) })
    .from(t)
    .where(and(window, inArray(t.status, [...REFUSED_STATUSES])))
    .groupBy(reason)
    .orderBy(desc(sql`count(*)`), reason);

  const transStatus = sql`${t.threeDs} ->> 'transStatus'`;
  const outcome = sql<ThreeDsOutcome>`case
    when ${t.status} = 'requires_action' then 'pending'
    when ${t.status} = 'expired' or ${t.threeDs} ->> 'challengeCancel' is not null then 'abandoned'
    when ${transStatus} in ('Y', 'A') and ${t.threeDs} ->> 'challenged' = 'true' then 'challenged_ok'
    when ${transStatus} in ('Y', 'A') then 'frictionless'
    when ${transStatus} in ('N', 'R') then 'failed'
    when ${transStatus} = 'U' then 'unavailable'
    else 'not_applicable' end`;
  const threeDs = db.select({ outcome, count: tally(sql`count(*)`) }).from(t).where(window).groupBy(outcome);

  const day = sql<string>`to_char(${t.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const daily = db
    .select({ day, currency: t.currency, amount: total(sql`sum(${t.amount})`), count: tally(sql`count(*)`) })
    .from(t)
    .where(and(window, volume))
    .groupBy(day, t.currency);

  const [currencyRows, declineRows, threeDsRows, dailyRows] = await Promise.all([perCurrency, declines, threeDs, daily]);

  const sum = (pick: (row: (typeof currencyRows)[number]) => number) => currencyRows.reduce((acc, row) => acc + pick(row), 0);
  const volumes = currencyRows
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency))
    .map((row) => ({
      currency: row.currency,
      today: { amount: row.todayAmount, count: row.todayCount },
      last30Days: { amount: row.amount, count: row.count, refunded: row.refunded },
    }));

  const dates = Array.from({ length: DASHBOARD_DAYS }, (_, index) => new Date(last30From.getTime() + index * DAY_MS).toISOString().slice(0, 10));
  const byDay = new Map(dailyRows.map((row) => [`${row.currency} ${row.day}`, row]));
  const threeDsCounts = new Map(threeDsRows.map((row) => [row.outcome, row.count]));

  return {
    timeZone: "UTC",
    periods: { todayFrom: todayFrom.toISOString(), last30From: last30From.toISOString(), to: now.toISOString() },
    volumes,
    acceptance: {
      today: rate(sum((row) => row.todayApproved), sum((row) => row.todayDecided)),
      last30Days: rate(sum((row) => row.approved), sum((row) => row.decided)),
    },
    declines: declineRows,
    threeDs: threeDsOutcomes.map((name) => ({ outcome: name, count: threeDsCounts.get(name) ?? 0 })),
    daily: volumes.map(({ currency }) => ({
      currency,
      days: dates.map((date) => {
        const row = byDay.get(`${currency} ${date}`);
        return { date, amount: row?.amount ?? 0, count: row?.count ?? 0 };
      }),
    })),
  };
}
