import type { schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { recordEvent, type DatabaseExecutor } from "../events/record-event";
import { toTransactionView } from "../transactions/transaction-view";

type Row = typeof schema.transactions.$inferSelect;

/** `review.opened` / `review.closed`: the transaction's view (risk and review included), in the same database transaction as the change. */
export async function recordReviewEvent(db: DatabaseExecutor, clock: Clock, row: Row, type: "review.opened" | "review.closed"): Promise<void> {
  await recordEvent(db, clock, {
    merchantId: row.merchantId,
    mode: row.mode,
    type,
    objectId: row.id,
    data: toTransactionView(row) as unknown as Record<string, unknown>,
  });
}
