import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId, isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
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
  const notFound = new AppError("resource_not_found", `No such event: ${eventId.slice(0, 100)}`, { param: "id" });
  if (!isId("evt", eventId)) throw notFound;
  const now = clock.now();
  return db.transaction(async (tx) => {
    const [event] = await tx
      .select({ id: schema.events.id, type: schema.events.type, objectId: schema.events.objectId })
      .from(schema.events)
      .where(and(eq(schema.events.id, eventId), eq(schema.events.merchantId, merchantId), eq(schema.events.mode, mode)));
    if (!event) throw notFound;
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
