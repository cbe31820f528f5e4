import type { schema } from "@jeton/db";

type Row = typeof schema.webhookAttempts.$inferSelect;

/** One HTTP attempt of a delivery, as the API's and the back-office's delivery logs show it. */
export interface WebhookAttemptView {
  attemptedAt: string;
  statusCode: number | null;
  durationMs: number;
  /** Why the attempt failed, as a class: what the receiver answered is never kept. */
  error: string | null;
}

export function toWebhookAttemptView(row: Row): WebhookAttemptView {
  return {
    attemptedAt: row.attemptedAt.toISOString(),
    statusCode: row.statusCode,
    durationMs: row.durationMs,
    error: row.error,
  };
}
