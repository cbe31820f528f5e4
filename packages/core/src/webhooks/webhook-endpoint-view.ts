import type { schema } from "@jeton/db";

type Row = typeof schema.webhookEndpoints.$inferSelect;

/** A webhook endpoint as the API shows it: never its secret (that is shown once, at creation). */
export interface WebhookEndpointView {
  id: string;
  object: "webhook_endpoint";
  mode: Row["mode"];
  url: string;
  /** Event types delivered; null means all. */
  eventTypes: string[] | null;
  createdAt: string;
}

export function toWebhookEndpointView(row: Row): WebhookEndpointView {
  return {
    id: row.id,
    object: "webhook_endpoint",
    mode: row.mode,
    url: row.url,
    eventTypes: row.eventTypes ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
