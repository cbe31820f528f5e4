import { sql } from "drizzle-orm";
import type { DatabaseExecutor } from "../events/record-event";

type Db = DatabaseExecutor & { execute: (query: ReturnType<typeof sql>) => Promise<unknown> };

/** The statuses in which a payment ends unpaid. */
export const FAILED_PAYMENT_STATUSES = new Set(["declined", "authentication_failed", "blocked", "expired"]);

/**
 * A payment ended unpaid: its authorization assessment's counters learn it,
 * in one statement (nothing when it had none: engine off, blacklist): a
 * `declined` payment adds one to its `declines` counters, and every unpaid
 * end takes its amount back out of the card's paid-per-day counter. The
 * counters are the ones planned when the attempt was assessed, in the bucket
 * of the attempt.
 */
export async function recordRiskFailure(db: Db, transactionId: string, status: string): Promise<void> {
  if (!FAILED_PAYMENT_STATUSES.has(status)) return;
  const declined = status === "declined";
  await db.execute(sql`
    INSERT INTO card_attempt_counters (key, window_start, count, expires_at)
    SELECT f.key, f.window_start, CASE WHEN ${declined}::boolean THEN f.declined ELSE 0 END + f.failed, f.expires_at
      FROM risk_assessments a,
           json_to_recordset(a.on_failure::json) AS f(key text, window_start timestamptz, expires_at timestamptz, declined bigint, failed bigint)
     WHERE a.transaction_id = ${transactionId} AND a.stage = 'authorization' AND a.on_failure IS NOT NULL
     ORDER BY f.key
    ON CONFLICT (key, window_start) DO UPDATE SET count = card_attempt_counters.count + excluded.count`);
}
