import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { queueEventMessages } from "../messaging/queue-event-messages";
import { findSubscribedEndpoints } from "../webhooks/find-subscribed-endpoints";

/** A database or a transaction opened on it: what recordEvent needs from either. */
export type DatabaseExecutor = Pick<Database, "select" | "insert" | "update">;

export interface RecordEventInput {
  merchantId: string;
  mode: Mode;
  /** e.g. `transaction.authorized`, `payment_request.succeeded` */
  type: string;
  objectId: string;
  /** The object's public view: never card data. */
  data: Record<string, unknown>;
}

const CARD_DATA_KEYS = new Set(["pan", "cvc", "cvv", "cvc2", "cardnumber", "securitycode"]);

/**
 * Events are stored and sent to merchants' servers, so card data in one would
 * leak out of the vault (SPEC §8). Callers pass public views; this is the
 * second line of defence against a view that grew a wrong field. Values are
 * not scanned for card-like digits: a merchant's own reference may look like
 * one, and refusing it would fail a payment.
 */
function assertNoCardData(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertNoCardData(item, `${path}[${index}]`));
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const cardNumber = key === "number" && /(^|\.)card$/i.test(path);
      if (cardNumber || CARD_DATA_KEYS.has(key.toLowerCase().replace(/[_-]/g, ""))) throw new Error(`event data must not hold ${path}.${key}`);
      assertNoCardData(item, `${path}.${key}`);
    }
  }
}

/**
 * Records that something happened and queues one delivery per matching
 * webhook endpoint. Called inside the transaction that changes the object's
 * state, so the event and its deliveries commit (or roll back) with the
 * change itself: the outbox pattern, and no webhook is ever lost or sent for
 * a change that did not happen. The same goes for the messages the event
 * causes (receipts, merchant confirmations): see queueEventMessages.
 */
export async function recordEvent(db: DatabaseExecutor, clock: Clock, event: RecordEventInput): Promise<{ eventId: string }> {
  assertNoCardData(event.data, "data");
  const now = clock.now();
  const eventId = createId("evt");
  // Sent together (postgres.js pipelines them on the transaction's connection): one round trip, not two.
  const [, endpoints] = await Promise.all([
    db.insert(schema.events).values({
      id: eventId,
      merchantId: event.merchantId,
      mode: event.mode,
      type: event.type,
      objectId: event.objectId,
      data: event.data,
      createdAt: now,
    }),
    findSubscribedEndpoints(db, { merchantId: event.merchantId, mode: event.mode, type: event.type, objectId: event.objectId }),
  ]);
  if (endpoints.length > 0) {
    await db.insert(schema.webhookDeliveries).values(
      endpoints.map((endpoint) => ({
        id: createId("whd"),
        eventId,
        endpointId: endpoint.id,
        status: "pending" as const,
        nextAttemptAt: now,
        createdAt: now,
      })),
    );
  }
  // Receipts, confirmations, canceled reminders: the messages the event causes commit with it.
  await queueEventMessages(db, clock, event);
  return { eventId };
}
