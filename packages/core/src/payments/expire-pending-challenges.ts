import { type Database, schema } from "@jeton/db";
import { and, eq, lte, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { followsClock, transactionCustomer } from "../recurring/clock-scope";
import { recordAttemptOutcome } from "../payment-requests/record-attempt-outcome";
import type { PlatformUrls } from "../urls/platform-urls";
import { changeTransactionStatus } from "../transactions/change-transaction-status";

/**
 * Challenges never completed turn their transactions `expired` (SPEC §4,
 * 10 minutes), which also counts as a failed attempt of their payment
 * request. Rows are re-read under lock (payment request first, like every
 * attempt), so a challenge completing at the same moment wins or loses
 * cleanly. Returns the expired transactions. `testClockId` picks the clock,
 * as for payment requests: a test clock's customers' challenges expire when it is advanced.
 */
export async function expirePendingChallenges(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  { testClockId = null }: { testClockId?: string | null } = {},
): Promise<Array<typeof schema.transactions.$inferSelect>> {
  const due = await db
    .select({ id: schema.transactions.id, paymentRequestId: schema.transactions.paymentRequestId })
    .from(schema.transactions)
    .where(challengeExpiryDue(clock.now(), testClockId))
    .limit(100);
  const expired = [];
  for (const { id, paymentRequestId } of due) {
    const row = await db.transaction(async (tx) => {
      if (paymentRequestId) {
        await tx.select({ id: schema.paymentRequests.id }).from(schema.paymentRequests).where(eq(schema.paymentRequests.id, paymentRequestId)).for("update");
      }
      const [current] = await tx.select().from(schema.transactions).where(eq(schema.transactions.id, id)).for("update");
      if (!current || current.status !== "requires_action") return undefined;
      await tx
        .update(schema.threeDsSessions)
        .set({ status: "expired", completedAt: clock.now() })
        .where(and(eq(schema.threeDsSessions.transactionId, id), eq(schema.threeDsSessions.status, "challenge_pending")));
      const done = await changeTransactionStatus(tx, clock, current, "expired", { actionExpiresAt: null });
      if (paymentRequestId) await recordAttemptOutcome(tx, { clock, urls }, { paymentRequestId, outcome: { succeeded: false } });
      return done;
    });
    if (row) expired.push(row);
  }
  return expired;
}

/** Challenges unanswered by `until`, of one clock's customers. */
export function challengeExpiryDue(until: Date, testClockId: string | null): SQL {
  const t = schema.transactions;
  return and(eq(t.status, "requires_action"), lte(t.actionExpiresAt, until), followsClock(transactionCustomer, testClockId))!;
}
