import { type Database, schema } from "@jeton/db";
import { asc, eq, inArray } from "drizzle-orm";
import { findScoped, scopedWhere, type Mode } from "../scope";
import { toRefundView } from "./refund-view";
import type { TransactionDetail } from "./transaction-detail-view";
import { sortTransactionEvents } from "./transaction-event-order";
import { toTransactionView } from "./transaction-view";

/**
 * A merchant's own transaction with its refunds (oldest first) and its
 * timeline: the events recorded for it and for its refunds, oldest first,
 * so the timeline is exactly what webhooks announced. Another merchant's or
 * mode's id is not found, like an unknown one.
 */
export async function getTransaction(
  { db }: { db: Database },
  { merchantId, mode, transactionId }: { merchantId: string; mode: Mode; transactionId: string },
): Promise<TransactionDetail> {
  const { transactions, refunds, events } = schema;
  const scope = { merchantId, mode };
  const row = await findScoped(db, transactions, scope, transactionId, { what: "transaction", param: null, prefix: "tx" });
  const refundRows = await db
    .select()
    .from(refunds)
    .where(eq(refunds.transactionId, row.id))
    .orderBy(asc(refunds.createdAt), asc(refunds.id));
  const eventRows = await db
    .select({ type: events.type, createdAt: events.createdAt, objectId: events.objectId })
    .from(events)
    .where(scopedWhere(events, scope, inArray(events.objectId, [row.id, ...refundRows.map((refund) => refund.id)])))
    .orderBy(asc(events.createdAt), asc(events.id));
  return {
    ...toTransactionView(row),
    refunds: refundRows.map(toRefundView),
    timeline: sortTransactionEvents(eventRows).map((event) => ({ type: event.type, at: event.createdAt.toISOString(), objectId: event.objectId })),
  };
}
