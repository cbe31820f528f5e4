import { type Database, schema } from "@jeton/db";
import { and, count, eq, gte, inArray, lt, sql, sum, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { loadMessageBranding } from "./load-message-branding";
import { queueMessages } from "./queue-messages";
import type { DailyDigestPayload } from "./templates/payloads";

const REFUSED = ["declined", "authentication_failed", "blocked"] as const;
const PAID = ["authorized", "captured", "settled", "partially_refunded", "refunded"] as const;

type Totals = DailyDigestPayload["payments"];

function totalsOf(rows: { currency: string; n: number; total: string | null }[]): Totals {
  return {
    count: rows.reduce((acc, row) => acc + row.n, 0),
    totals: rows.filter((row) => row.n > 0).map((row) => ({ currency: row.currency, amount: Number(row.total ?? 0) })),
  };
}

/**
 * The daily digest sweep: each merchant with digest addresses gets, per mode
 * that saw any activity, one summary of yesterday's payments, refunds and
 * refusals, sent from its chosen local hour on (the first sweep at or after
 * it). "Yesterday" is a calendar day in the merchant's time zone, from local
 * midnight to local midnight (23 or 25 hours across a DST change):
 * PostgreSQL's `AT TIME ZONE` turns local dates into instants with the tz
 * database, nothing is computed by hand. The dedupe key (local day and
 * address) under a unique index makes it once per address and day, however
 * many instances sweep and however often. Returns the number of messages queued.
 */
export async function queueDailyDigests({ db, clock }: { db: Database; clock: Clock }): Promise<number> {
  const now = clock.now();
  const { transactions, refunds, merchantMessagingSettings: settings } = schema;
  const zone = settings.timeZone;
  const localNow = sql`(${now.toISOString()}::timestamptz AT TIME ZONE ${zone})`;
  const yesterday = sql`((${localNow})::date - 1)`;
  const instantOf = (day: SQL) => sql<string>`(extract(epoch from ((${day})::timestamp AT TIME ZONE ${zone})) * 1000)::bigint::text`;
  const merchants = await db
    .select({
      merchantId: settings.merchantId,
      digestEmails: settings.digestEmails,
      timeZone: settings.timeZone,
      date: sql<string>`to_char(${yesterday}, 'YYYY-MM-DD')`,
      startMs: instantOf(yesterday),
      endMs: instantOf(sql`${yesterday} + 1`),
    })
    .from(settings)
    .where(and(sql`cardinality(${settings.digestEmails}) > 0`, sql`extract(hour from ${localNow}) >= ${settings.digestHour}`));
  let queued = 0;
  for (const { merchantId, digestEmails, timeZone, date, startMs, endMs } of merchants) {
    const dayStart = new Date(Number(startMs));
    const dayEnd = new Date(Number(endMs));
    for (const mode of ["test", "live"] as const) {
      // The sweep runs every minute: once today's digests are queued, one indexed lookup ends the work.
      const keys = digestEmails.map((address) => `digest:${date}:${address}`);
      const done = await db
        .select({ key: schema.messages.dedupeKey })
        .from(schema.messages)
        .where(and(eq(schema.messages.merchantId, merchantId), eq(schema.messages.mode, mode), inArray(schema.messages.dedupeKey, keys)));
      if (done.length === keys.length) continue;
      const scope = and(eq(transactions.merchantId, merchantId), eq(transactions.mode, mode), gte(transactions.createdAt, dayStart), lt(transactions.createdAt, dayEnd));
      const paid = await db
        .select({ currency: transactions.currency, n: count(), total: sum(transactions.amount) })
        .from(transactions)
        .where(and(scope, inArray(transactions.status, [...PAID])))
        .groupBy(transactions.currency);
      const refused = await db
        .select({ currency: transactions.currency, n: count(), total: sum(transactions.amount) })
        .from(transactions)
        .where(and(scope, inArray(transactions.status, [...REFUSED])))
        .groupBy(transactions.currency);
      const refunded = await db
        .select({ currency: refunds.currency, n: count(), total: sum(refunds.amount) })
        .from(refunds)
        .where(and(eq(refunds.merchantId, merchantId), eq(refunds.mode, mode), eq(refunds.status, "succeeded"), gte(refunds.createdAt, dayStart), lt(refunds.createdAt, dayEnd)))
        .groupBy(refunds.currency);
      const payments = totalsOf(paid);
      const refusals = totalsOf(refused);
      const refundTotals = totalsOf(refunded);
      if (payments.count + refusals.count + refundTotals.count === 0) continue;
      const { branding, defaultLocale } = await loadMessageBranding(db, merchantId);
      const payload: DailyDigestPayload = { merchant: branding, date, timeZone, mode, payments, refunds: refundTotals, refusals };
      queued += (
        await db.transaction((tx) =>
          queueMessages(
            tx,
            clock,
            { merchantId, mode },
            digestEmails.map((address) => ({ channel: "email" as const, template: "daily_digest" as const, recipient: address, locale: defaultLocale, payload, dedupeKey: `digest:${date}:${address}` })),
            { overLimit: "record" },
          ),
        )
      ).length;
    }
  }
  return queued;
}
