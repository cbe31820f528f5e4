import { type Database, schema } from "@jeton/db";
import { asc, inArray } from "drizzle-orm";
import { toWebhookAttemptView, type WebhookAttemptView } from "./webhook-attempt-view";
import { toWebhookDeliveryView, type WebhookDeliveryView } from "./webhook-delivery-view";

type DeliveryRow = typeof schema.webhookDeliveries.$inferSelect;

/**
 * Turns delivery rows (each with whatever the caller selected beside it) into
 * delivery views with every attempt, oldest attempt first, loaded in one query.
 */
export async function attachDeliveryAttempts<Extra extends object>(
  db: Database,
  rows: ({ delivery: DeliveryRow } & Extra)[],
): Promise<(WebhookDeliveryView & Extra & { attemptLog: WebhookAttemptView[] })[]> {
  if (rows.length === 0) return [];
  const attempts = await db
    .select()
    .from(schema.webhookAttempts)
    .where(inArray(schema.webhookAttempts.deliveryId, rows.map((r) => r.delivery.id)))
    .orderBy(asc(schema.webhookAttempts.attemptedAt), asc(schema.webhookAttempts.id));
  return rows.map(({ delivery, ...extra }) => ({
    ...toWebhookDeliveryView(delivery),
    ...(extra as unknown as Extra),
    attemptLog: attempts
      .filter((attempt) => attempt.deliveryId === delivery.id)
      .map(toWebhookAttemptView),
  }));
}
