import { schema } from "@jeton/db";
import { z } from "zod";
import { modeView, timestamp } from "../views/view-atoms";

type Row = typeof schema.messages.$inferSelect;

/** A message of the outbox as the API, events and the back-office show it: no payload, no server reply. */
export const messageView = z.object({
  id: z.string(),
  object: z.literal("message"),
  channel: z.enum(["email", "sms"]),
  template: z.enum(schema.messageTemplates),
  recipient: z.string(),
  locale: z.enum(["fr", "en", "ar"]),
  status: z.enum(["queued", "sent", "failed", "canceled"]),
  attempts: z.number().int(),
  /** The error class of the last failed attempt (`connection_failed`, `rejected`, `rate_limited`…). */
  errorClass: z.string().nullable(),
  /** For a reminder: its step in the scenario (1-based). */
  reminderStep: z.number().int().nullable(),
  paymentRequestId: z.string().nullable(),
  createdAt: timestamp,
  sentAt: timestamp.nullable(),
  /** While queued: when the next attempt is due. */
  nextAttemptAt: timestamp.nullable(),
  mode: modeView,
}).meta({ id: "Message" });
export type MessageView = z.infer<typeof messageView>;

export function toMessageView(row: Row): MessageView {
  return {
    id: row.id,
    object: "message",
    channel: row.channel,
    template: row.template,
    recipient: row.recipient,
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    errorClass: row.errorClass,
    reminderStep: row.reminderStep,
    paymentRequestId: row.paymentRequestId,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    nextAttemptAt: row.status === "queued" ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    mode: row.mode,
  };
}
