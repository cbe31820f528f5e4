import { type Database, schema } from "@jeton/db";
import { desc, eq } from "drizzle-orm";
import { wholeList } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { findScoped, type Mode } from "../scope";
import { attachDeliveryAttempts } from "./attach-delivery-attempts";
import type { WebhookAttemptView } from "./webhook-attempt-view";
import type { WebhookDeliveryView } from "./webhook-delivery-view";

export type { WebhookAttemptView };

/** The delivery log of one of the merchant's events: each endpoint's delivery with its attempts, oldest attempt first. */
export async function listWebhookDeliveries(
  { db }: { db: Database },
  { merchantId, mode, eventId }: { merchantId: string; mode: Mode; eventId: string },
): Promise<Page<WebhookDeliveryView & { url: string; attemptLog: WebhookAttemptView[] }>> {
  await findScoped(db, schema.events, { merchantId, mode }, eventId, { what: "event", prefix: "evt" });
  const deliveries = await db
    .select({ delivery: schema.webhookDeliveries, url: schema.webhookEndpoints.url })
    .from(schema.webhookDeliveries)
    .innerJoin(schema.webhookEndpoints, eq(schema.webhookEndpoints.id, schema.webhookDeliveries.endpointId))
    .where(eq(schema.webhookDeliveries.eventId, eventId))
    .orderBy(desc(schema.webhookDeliveries.createdAt), desc(schema.webhookDeliveries.id));
  return wholeList(await attachDeliveryAttempts(db, deliveries));
}
