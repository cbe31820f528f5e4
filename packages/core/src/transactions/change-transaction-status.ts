import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { FAILED_PAYMENT_STATUSES, recordRiskFailure } from "../risk/record-risk-failure";
import { assertTransition, type TransactionStatus } from "./transaction-state-machine";
import { toTransactionView } from "./transaction-view";

type Row = typeof schema.transactions.$inferSelect;
type NewRow = Omit<typeof schema.transactions.$inferInsert, "status">;

/** A transaction about to be created: it exists only once its first status is known. */
export interface PendingTransaction {
  pending: NewRow;
}

/**
 * The one way a transaction gets a status: checked against the state machine
 * (from "new" for a transaction not yet stored), written conditionally on
 * the status it was read in (so a concurrent change makes this one fail
 * instead of overwriting it), and announced as `transaction.<status>` in the
 * same database transaction.
 */
export async function changeTransactionStatus(
  db: Database,
  clock: Clock,
  current: Row | PendingTransaction,
  to: TransactionStatus,
  changes: Partial<Omit<Row, "id" | "status" | "merchantId" | "mode">> = {},
): Promise<Row> {
  const from = "pending" in current ? "new" : current.status;
  assertTransition(from, to);
  const now = clock.now();
  const timestamps: Partial<Row> = { updatedAt: now };
  if (to === "authorized") timestamps.authorizedAt = now;
  if (to === "captured") timestamps.capturedAt = now;
  if (to === "settled") timestamps.settledAt = now;
  if (to === "canceled") timestamps.canceledAt = now;

  let row: Row | undefined;
  if ("pending" in current) {
    [row] = await db
      .insert(schema.transactions)
      .values({ ...current.pending, ...changes, ...timestamps, status: to })
      .returning();
  } else {
    [row] = await db
      .update(schema.transactions)
      .set({ ...changes, ...timestamps, status: to })
      .where(and(eq(schema.transactions.id, current.id), eq(schema.transactions.status, current.status)))
      .returning();
    if (!row) {
      throw new AppError("invalid_state_transition", `Transaction ${current.id} changed concurrently; it is no longer ${current.status}.`);
    }
  }
  if (!row) throw new Error("transaction write returned nothing");
  // An unpaid end also updates the risk engine's decline and paid-amount counters (pipelined with the event).
  const failure = FAILED_PAYMENT_STATUSES.has(to) ? recordRiskFailure(db, row.id, to) : undefined;
  const event = recordEvent(db, clock, {
    merchantId: row.merchantId,
    mode: row.mode,
    type: `transaction.${to}`,
    objectId: row.id,
    data: toTransactionView(row) as unknown as Record<string, unknown>,
  });
  await Promise.all([event, failure]);
  return row;
}
