import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { createId, isId } from "../ids/create-id";
import { findScoped, notFoundError, type Mode } from "../scope";
import { toWebhookDeliveryView, type WebhookDeliveryView } from "./webhook-delivery-view";
import { findSubscribedEndpoints } from "./find-subscribed-endpoints";

/**
 * Sends an event again to every current endpoint it matches: existing
 * deliveries go back to pending with a fresh retry schedule, due now, and
 * endpoints created since the event get one. A worker still holding an old
 * claim on one of them will find its claim gone and leave the row alone.
 */
export async function redeliverEvent(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, eventId }: { merchantId: string; mode: Mode; eventId: string },
): Promise<WebhookDeliveryView[]> {
  if (!isId("evt", eventId)) throw notFoundError("event", eventId);
  const now = clock.now();
  return db.transaction(async (tx) => {
    const event = await findScoped(tx, schema.events, { merchantId, mode }, eventId, { what: "event" });
    const endpoints = await findSubscribedEndpoints(tx, { merchantId, mode, type: event.type, objectId: event.objectId });
    if (endpoints.length === 0) return [];
    const rows = await tx
      .insert(schema.webhookDeliveries)
      .values(
        endpoints.map((endpoint) => ({
          id: createId("whd"),
          eventId,
          endpointId: endpoint.id,
          status: "pending" as const,
          nextAttemptAt: now,
          createdAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [schema.webhookDeliveries.eventId, schema.webhookDeliveries.endpointId],
        set: { status: "pending", attempts: 0, nextAttemptAt: now },
      })
      .returning();
    return rows.map(toWebhookDeliveryView);
  });
}
