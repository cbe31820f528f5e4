import { type Database, schema } from "@jeton/db";
import { and, count, eq, gte, inArray, lt, sql, sum } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { loadMessageBranding } from "./load-message-branding";
import { queueMessages } from "./queue-messages";
import type { DailyDigestPayload } from "./templates/payloads";

const DAY_MS = 86_400_000;
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
 * The daily digest sweep: once yesterday (UTC) is over, each merchant with
 * digest addresses gets, per mode that saw any activity, one summary of that
 * day's payments, refunds and refusals. The dedupe key (day and address)
 * makes it once per address and day, however many instances sweep and
 * however often. Returns the number of messages queued.
 */
export async function queueDailyDigests({ db, clock }: { db: Database; clock: Clock }): Promise<number> {
  const now = clock.now();
  const dayEnd = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const dayStart = new Date(dayEnd.getTime() - DAY_MS);
  const date = dayStart.toISOString().slice(0, 10);
  const { transactions, refunds, merchantMessagingSettings: settings } = schema;
  const merchants = await db
    .select({ merchantId: settings.merchantId, digestEmails: settings.digestEmails })
    .from(settings)
    .where(sql`cardinality(${settings.digestEmails}) > 0`);
  let queued = 0;
  for (const { merchantId, digestEmails } of merchants) {
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
      const payload: DailyDigestPayload = { merchant: branding, date, mode, payments, refunds: refundTotals, refusals };
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
