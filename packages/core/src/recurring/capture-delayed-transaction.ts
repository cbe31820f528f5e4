import { type Database, schema } from "@jeton/db";
import { and, eq, lte } from "drizzle-orm";
import { AcquirerError } from "../acquirer/acquirer";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import { changeTransactionStatus } from "../transactions/change-transaction-status";
import { clockAt } from "./recurring-clock";

/**
 * Captures one delayed-capture authorization whose day has come, unless it
 * was captured or canceled before (then it is no longer `authorized`, and
 * nothing happens). The row is claimed FOR UPDATE SKIP LOCKED, so several
 * scheduler processes never capture it twice, and a merchant's own capture
 * or cancel at the same moment either waits for this one or wins before it.
 * An acquirer that does not answer leaves it authorized for the next sweep.
 */
export async function captureDelayedTransaction(
  deps: { db: Database; acquirers: AcquirerRegistry },
  { transactionId, at }: { transactionId: string; at: Date },
): Promise<"captured" | "not_due" | "unavailable"> {
  const clock = clockAt(at);
  const { transactions: t } = schema;
  return deps.db.transaction(async (db) => {
    const [row] = await db
      .select()
      .from(t)
      .where(and(eq(t.id, transactionId), eq(t.status, "authorized"), eq(t.captureMode, "delayed"), lte(t.autoCaptureAt, at)))
      .for("update", { skipLocked: true });
    if (!row || !row.acquirerReference) return "not_due";
    let answer;
    try {
      answer = await acquirerFor(deps.acquirers, row.mode).capture({ acquirerReference: row.acquirerReference, amount: row.amount, currency: row.currency });
    } catch (error) {
      if (error instanceof AcquirerError) return "unavailable";
      throw error;
    }
    if (!answer.ok) return "unavailable";
    await changeTransactionStatus(db, clock, row, "captured", { capturedAmount: row.amount });
    return "captured";
  });
}
