import { type Database, schema } from "@jeton/db";
import { and, eq, lte } from "drizzle-orm";
import type { Clock } from "../clock/clock";

/**
 * Closes the challenges nobody finished in time and returns their
 * transactions' ids, for the caller to move them to `expired`. One UPDATE: of
 * several instances sweeping at once, each session is returned to exactly one.
 */
export async function expireThreeDsSessions({ db, clock }: { db: Database; clock: Clock }): Promise<string[]> {
  const now = clock.now();
  const rows = await db
    .update(schema.threeDsSessions)
    .set({ status: "expired", completedAt: now })
    .where(and(eq(schema.threeDsSessions.status, "challenge_pending"), lte(schema.threeDsSessions.expiresAt, now)))
    .returning({ transactionId: schema.threeDsSessions.transactionId });
  return rows.map((row) => row.transactionId);
}
