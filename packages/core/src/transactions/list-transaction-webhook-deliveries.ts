import { type Database, schema } from "@jeton/db";
import { asc, eq, inArray } from "drizzle-orm";
import { findScoped, scopedWhere, type Mode } from "../scope";
import { listWebhookDeliveries, type WebhookAttemptView } from "../webhooks/list-webhook-deliveries";
import type { WebhookDeliveryView } from "../webhooks/webhook-delivery-view";
import { sortTransactionEvents } from "./transaction-event-order";

export interface TransactionWebhookDelivery extends WebhookDeliveryView {
  /** The event delivered, e.g. `transaction.captured`, `refund.created`. */
  eventType: string;
  eventCreatedAt: string;
  /** The endpoint's URL. */
  url: string;
  attemptLog: WebhookAttemptView[];
}

/**
 * What the merchant's servers were told about one transaction: every event
 * recorded for it and its refunds, oldest first, each with its deliveries
 * to the merchant's endpoints and their attempts (the delivery log of
 * listWebhookDeliveries, per event), in the order of the timeline. Another merchant's or mode's
 * transaction is not found, like an unknown one.
 */
export async function listTransactionWebhookDeliveries(
  { db }: { db: Database },
  { merchantId, mode, transactionId }: { merchantId: string; mode: Mode; transactionId: string },
): Promise<{ data: TransactionWebhookDelivery[] }> {
  const { transactions, refunds, events } = schema;
  const scope = { merchantId, mode };
  const transaction = await findScoped(db, transactions, scope, transactionId, { what: "transaction", prefix: "tx" });
  const refundIds = (await db.select({ id: refunds.id }).from(refunds).where(eq(refunds.transactionId, transaction.id))).map((r) => r.id);
  const eventRows = await db
    .select({ id: events.id, type: events.type, createdAt: events.createdAt })
    .from(events)
    .where(scopedWhere(events, scope, inArray(events.objectId, [transaction.id, ...refundIds])))
    .orderBy(asc(events.createdAt), asc(events.id));
  const data: TransactionWebhookDelivery[] = [];
  // A transaction has a handful of events: one delivery-log query each keeps a single implementation of the log.
  for (const event of sortTransactionEvents(eventRows)) {
    const { data: deliveries } = await listWebhookDeliveries({ db }, { merchantId, mode, eventId: event.id });
    for (const delivery of deliveries) {
      data.push({ ...delivery, eventType: event.type, eventCreatedAt: event.createdAt.toISOString() });
    }
  }
  return { data };
}
