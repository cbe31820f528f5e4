import { type Database, schema } from "@jeton/db";
import { and, desc, eq } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { attachDeliveryAttempts } from "./attach-delivery-attempts";
import type { WebhookAttemptView } from "./webhook-attempt-view";
import type { WebhookDeliveryView } from "./webhook-delivery-view";

export type { WebhookAttemptView };

/** The delivery log of one of the merchant's events: each endpoint's delivery with its attempts, oldest attempt first. */
export async function listWebhookDeliveries(
  { db }: { db: Database },
  { merchantId, mode, eventId }: { merchantId: string; mode: Mode; eventId: string },
): Promise<{ data: (WebhookDeliveryView & { url: string; attemptLog: WebhookAttemptView[] })[] }> {
  const notFound = new AppError("resource_not_found", `No such event: ${eventId.slice(0, 100)}`, { param: "id" });
  if (!isId("evt", eventId)) throw notFound;
  const [event] = await db
    .select({ id: schema.events.id })
    .from(schema.events)
    .where(and(eq(schema.events.id, eventId), eq(schema.events.merchantId, merchantId), eq(schema.events.mode, mode)));
  if (!event) throw notFound;
  const deliveries = await db
    .select({ delivery: schema.webhookDeliveries, url: schema.webhookEndpoints.url })
    .from(schema.webhookDeliveries)
    .innerJoin(schema.webhookEndpoints, eq(schema.webhookEndpoints.id, schema.webhookDeliveries.endpointId))
    .where(eq(schema.webhookDeliveries.eventId, eventId))
    .orderBy(desc(schema.webhookDeliveries.createdAt), desc(schema.webhookDeliveries.id));
  return { data: await attachDeliveryAttempts(db, deliveries) };
}
