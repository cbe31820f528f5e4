import type { schema } from "@jeton/db";
import { z } from "zod";
import { modeView, timestamp, metadataView } from "../views/view-atoms";

type Row = typeof schema.webhookEndpoints.$inferSelect;

/** A webhook endpoint as the API shows it: never its secret (that is shown once, at creation). */
export const webhookEndpointView = z
  .object({
    id: z.string(),
    object: z.literal("webhook_endpoint"),
    mode: modeView,
    url: z.string(),
    eventTypes: z.array(z.string()).nullable().describe("Event types delivered; null means all."),
    description: z.string().nullable(),
    metadata: metadataView,
    createdAt: timestamp,
  })
  .meta({ id: "WebhookEndpoint" });
export type WebhookEndpointView = z.infer<typeof webhookEndpointView>;

export function toWebhookEndpointView(row: Row): WebhookEndpointView {
  return {
    id: row.id,
    object: "webhook_endpoint",
    mode: row.mode,
    url: row.url,
    eventTypes: row.eventTypes ?? null,
    description: row.description,
    metadata: row.metadata,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The answer of POST /api/v1/webhook-endpoints: the endpoint with its `whsec_…` signing secret, shown in full only here. */
export const createdWebhookEndpointView = webhookEndpointView
  .extend({ secret: z.string().describe("`whsec_…`, in full only here.") })
  .meta({ id: "CreatedWebhookEndpoint" });

export const deletedWebhookEndpointView = z
  .object({ id: z.string(), object: z.literal("webhook_endpoint"), deleted: z.literal(true) })
  .meta({ id: "DeletedWebhookEndpoint" });
