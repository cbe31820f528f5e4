import type { schema } from "@jeton/db";
import { z } from "zod";
import { timestamp } from "../views/view-atoms";
import { webhookAttemptView } from "./webhook-attempt-view";

type Row = typeof schema.webhookDeliveries.$inferSelect;

/** One event's delivery to one endpoint, as the API and back-office show it. */
export const webhookDeliveryView = z
  .object({
    id: z.string(),
    object: z.literal("webhook_delivery"),
    eventId: z.string(),
    endpointId: z.string(),
    status: z.enum(["pending", "succeeded", "failed"]),
    attempts: z.number().int(),
    nextAttemptAt: timestamp.nullable(),
    lastAttemptAt: timestamp.nullable(),
    lastStatusCode: z.number().int().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "WebhookDelivery" });
export type WebhookDeliveryView = z.infer<typeof webhookDeliveryView>;

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

/** An event's delivery to one endpoint with the endpoint's URL and every attempt, oldest first. */
export const deliveryWithAttemptsView = webhookDeliveryView
  .extend({ url: z.string(), attemptLog: z.array(webhookAttemptView) })
  .meta({ id: "WebhookDeliveryWithAttempts" });
