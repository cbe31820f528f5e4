import type { schema } from "@jeton/db";

type Row = typeof schema.webhookDeliveries.$inferSelect;

/** One event's delivery to one endpoint, as the API and back-office show it. */
export interface WebhookDeliveryView {
  id: string;
  object: "webhook_delivery";
  eventId: string;
  endpointId: string;
  status: Row["status"];
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  createdAt: string;
}

export function toWebhookDeliveryView(row: Row): WebhookDeliveryView {
  return {
    id: row.id,
    object: "webhook_delivery",
    eventId: row.eventId,
    endpointId: row.endpointId,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    createdAt: row.createdAt.toISOString(),
  };
}
