import { type Database, schema } from "@jeton/db";
import { sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { attemptWindow } from "./card-testing-policy";
import { toMerchantAlertView } from "./merchant-alert-view";

export interface DeclineSpikePolicy {
  windowMinutes: number;
  /** Fewer attempts than this in the window never raise an alert (a quiet shop's two declines are not a spike). */
  minAttempts: number;
  /** Percentage of the window's attempts refused (declined, blocked, failed authentication) that raises it. */
  ratePercent: number;
}

/** Statuses that count as a refusal for the decline rate. */
const REFUSED = ["declined", "blocked", "authentication_failed"] as const;

interface Row {
  merchant_id: string;
  mode: Mode;
  attempts: number;
  declines: number;
}

/**
 * The decline-rate sweep (every minute, background work): over the current
 * fixed window, each merchant and mode whose payments were refused at
 * `ratePercent` or more, out of at least `minAttempts`, gets one alert per
 * window (a unique index makes it once, whichever instance runs the sweep)
 * and a `merchant.decline_rate_spike` event, written together.
 */
export async function raiseDeclineRateAlerts(
  { db, clock }: { db: Database; clock: Clock },
  policy: DeclineSpikePolicy,
): Promise<number> {
  const window = attemptWindow(clock.now(), policy.windowMinutes * 60);
  const refused = sql.join(REFUSED.map((status) => sql`${status}`), sql`, `);
  const result = (await db.execute(sql`
    SELECT merchant_id, mode, count(*)::int AS attempts, (count(*) FILTER (WHERE status IN (${refused})))::int AS declines
    FROM transactions
    WHERE created_at >= ${window.start.toISOString()}::timestamptz AND created_at < ${window.end.toISOString()}::timestamptz
    GROUP BY merchant_id, mode
    HAVING count(*) >= ${policy.minAttempts}::int
       AND (count(*) FILTER (WHERE status IN (${refused}))) * 100 >= ${policy.ratePercent}::int * count(*)`)) as unknown as Row[] | { rows: Row[] };
  const rows = Array.isArray(result) ? result : result.rows;
  let raised = 0;
  for (const row of rows) {
    const details = { attempts: Number(row.attempts), declines: Number(row.declines), declineRate: Math.round((Number(row.declines) * 1000) / Number(row.attempts)) / 10 };
    await db.transaction(async (tx) => {
      const [alert] = await tx
        .insert(schema.merchantAlerts)
        .values({ id: createId("alrt"), merchantId: row.merchant_id, mode: row.mode, kind: "decline_rate_spike", windowStart: window.start, windowEnd: window.end, details, createdAt: clock.now() })
        .onConflictDoNothing()
        .returning();
      if (!alert) return;
      raised++;
      await recordEvent(tx, clock, {
        merchantId: alert.merchantId,
        mode: alert.mode,
        type: "merchant.decline_rate_spike",
        objectId: alert.id,
        data: toMerchantAlertView(alert),
      });
    });
  }
  return raised;
}
