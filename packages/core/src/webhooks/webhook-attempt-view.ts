import type { schema } from "@jeton/db";
import { z } from "zod";
import { timestamp } from "../views/view-atoms";

type Row = typeof schema.webhookAttempts.$inferSelect;

/** Why an attempt failed, as a class: what the receiver answered is never kept. */
export const webhookAttemptErrors = ["timeout", "connection_failed", "tls_error", "too_large", "blocked_address", "dns_failed"] as const;
export type WebhookAttemptError = (typeof webhookAttemptErrors)[number];

/** One HTTP attempt of a delivery, as the API's and the back-office's delivery logs show it. */
export const webhookAttemptView = z
  .object({
    attemptedAt: timestamp,
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.enum(webhookAttemptErrors).nullable().describe("Why the attempt failed, as a class (null with a status code: the receiver answered)."),
  })
  .meta({ id: "WebhookAttempt" });
export type WebhookAttemptView = z.infer<typeof webhookAttemptView>;

export function toWebhookAttemptView(row: Row): WebhookAttemptView {
  return {
    attemptedAt: row.attemptedAt.toISOString(),
    statusCode: row.statusCode,
    durationMs: row.durationMs,
    error: row.error as WebhookAttemptError | null,
  };
}
