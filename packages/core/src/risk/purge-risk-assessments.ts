import { sql } from "drizzle-orm";
import type { Database } from "@jeton/db";
import type { Clock } from "../clock/clock";

/** The backtest reads 30 days of history: assessments are kept at least that long. */
export const MIN_RISK_RETENTION_DAYS = 31;

/**
 * Retention: risk assessments older than `retentionDays` are deleted, oldest
 * first, `batchSize` rows per statement and at most `maxBatches` statements a
 * run, so a sweep never holds long locks or one long transaction (the next
 * run goes on where this one stopped). The transaction keeps its own copy of
 * its risk (transactions.risk); the velocity counters go by their own expiry
 * (purgeCardTestingRows).
 */
export async function purgeRiskAssessments(
  { db, clock }: { db: Database; clock: Clock },
  { retentionDays, batchSize = 1000, maxBatches = 20 }: { retentionDays: number; batchSize?: number; maxBatches?: number },
): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - Math.max(retentionDays, MIN_RISK_RETENTION_DAYS) * 86_400_000);
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const result = (await db.execute(sql`
      DELETE FROM risk_assessments WHERE id IN (
        SELECT id FROM risk_assessments WHERE created_at < ${cutoff.toISOString()}::timestamptz ORDER BY created_at LIMIT ${batchSize}
      ) RETURNING 1`)) as unknown as unknown[] | { rows: unknown[] };
    const count = (Array.isArray(result) ? result : result.rows).length;
    deleted += count;
    if (count < batchSize) break;
  }
  return deleted;
}
