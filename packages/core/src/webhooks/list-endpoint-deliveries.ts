import { type Database, schema } from "@jeton/db";
import { desc, eq } from "drizzle-orm";
import { scopedWhere, type Mode } from "../scope";
import { attachDeliveryAttempts } from "./attach-delivery-attempts";
import { liveEndpointWhere } from "./live-endpoint-where";
import type { WebhookAttemptView } from "./webhook-attempt-view";
import type { WebhookDeliveryView } from "./webhook-delivery-view";

export interface EndpointDelivery extends WebhookDeliveryView {
  eventType: string;
  attemptLog: WebhookAttemptView[];
}

/**
 * The delivery log of one endpoint: its most recent deliveries (newest first),
 * each with the event's type and every attempt (status code, duration, error).
 */
export async function listEndpointDeliveries(
  { db }: { db: Database },
  { merchantId, mode, endpointId, limit = 25 }: { merchantId: string; mode: Mode; endpointId: string; limit?: number },
): Promise<{ data: EndpointDelivery[] }> {
  const { where, notFound } = liveEndpointWhere({ merchantId, mode, endpointId });
  const [endpoint] = await db.select({ id: schema.webhookEndpoints.id }).from(schema.webhookEndpoints).where(where);
  if (!endpoint) throw notFound;
  const deliveries = await db
    .select({ delivery: schema.webhookDeliveries, eventType: schema.events.type })
    .from(schema.webhookDeliveries)
    .innerJoin(schema.events, eq(schema.events.id, schema.webhookDeliveries.eventId))
    .where(scopedWhere(schema.events, { merchantId, mode }, eq(schema.webhookDeliveries.endpointId, endpointId)))
    .orderBy(desc(schema.webhookDeliveries.createdAt), desc(schema.webhookDeliveries.id))
    .limit(Math.min(Math.max(limit, 1), 100));
  return { data: await attachDeliveryAttempts(db, deliveries) };
}
