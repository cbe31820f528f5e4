import { schema } from "@jeton/db";
import { and, count, eq, gte, isNull, ne, or, sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { DatabaseExecutor } from "../events/record-event";
import { createId } from "../ids/create-id";
import type { MerchantScope } from "../scope";
import { getMessagingSettings } from "./messaging-settings";
import { templatePayloads, type MessageTemplate } from "./templates/payloads";
import type { MessageLocale } from "./templates/strings";

type Row = typeof schema.messages.$inferSelect;

export interface MessageDraft {
  channel: "email" | "sms";
  template: MessageTemplate;
  recipient: string;
  locale: MessageLocale;
  payload: Record<string, unknown>;
  paymentRequestId?: string | null;
  transactionId?: string | null;
  reminderStep?: number | null;
  dedupeKey?: string | null;
}

export interface QueueMessagesOptions {
  /**
   * `refuse`: a send asked for by someone (API, staff) over the abuse limits is
   * refused with `message_limit_exceeded` and nothing is written. `record`: an
   * automatic message (receipt, reminder, digest) over the limits is kept as
   * `failed` / `rate_limited`, so the merchant sees what was held back.
   */
  overLimit: "refuse" | "record";
}

const HOUR_MS = 3_600_000;

/** `<msg_…@jeton.messages>`: fixed at insert, so every attempt of one message carries the same Message-ID. */
function stableMessageId(id: string): string {
  return `<${id}@jeton.messages>`;
}

/** Messages that count against the limits: everything queued or sent, not what the limits themselves held back. */
const counted = or(isNull(schema.messages.errorClass), ne(schema.messages.errorClass, "rate_limited"));

/**
 * Writes messages into the outbox, in the caller's database transaction (so
 * they commit with their cause, or not at all). Each is checked against the
 * merchant's abuse limits: messages per hour for the merchant (both modes),
 * and per recipient per day. A reminder step or a digest already queued is
 * skipped by its unique index, whoever queued it first.
 *
 * The limits are exact under concurrency: the first statement takes a
 * transaction-level advisory lock on the merchant (namespace 3; 1 and 2 were
 * the risk engine's, which now counts with upserted rows), so two transactions queueing
 * for one merchant take turns until the first commits, and the second counts
 * what the first wrote. Hence `db` must be a transaction (every caller's is:
 * the messages commit with their cause). Lock order is always the payment
 * request row (when the caller locks it), then this lock: no cycle.
 */
export async function queueMessages(db: DatabaseExecutor, clock: Clock, scope: MerchantScope, drafts: MessageDraft[], { overLimit }: QueueMessagesOptions): Promise<Row[]> {
  if (drafts.length === 0) return [];
  await db
    .select({ locked: sql`pg_advisory_xact_lock(3, hashtext(${`messages:${scope.merchantId}`})) IS NULL` })
    .from(schema.merchants)
    .where(eq(schema.merchants.id, scope.merchantId));
  const now = clock.now();
  const settings = await getMessagingSettings({ db }, scope.merchantId);
  const [hour] = await db
    .select({ n: count() })
    .from(schema.messages)
    .where(and(eq(schema.messages.merchantId, scope.merchantId), gte(schema.messages.createdAt, new Date(now.getTime() - HOUR_MS)), counted));
  let sentThisHour = hour?.n ?? 0;
  const perRecipient = new Map<string, number>();
  const inserted: Row[] = [];
  for (const draft of drafts) {
    templatePayloads[draft.template].parse(draft.payload); // a payload its template cannot render is a bug: fail the cause
    if (!perRecipient.has(draft.recipient)) {
      const [day] = await db
        .select({ n: count() })
        .from(schema.messages)
        .where(
          and(
            eq(schema.messages.merchantId, scope.merchantId),
            eq(schema.messages.recipient, draft.recipient),
            gte(schema.messages.createdAt, new Date(now.getTime() - 24 * HOUR_MS)),
            counted,
          ),
        );
      perRecipient.set(draft.recipient, day?.n ?? 0);
    }
    const recipientToday = perRecipient.get(draft.recipient)!;
    const overHour = sentThisHour >= settings.maxMessagesPerHour;
    const overRecipient = recipientToday >= settings.maxPerRecipientPerDay;
    if ((overHour || overRecipient) && overLimit === "refuse") {
      throw new AppError(
        "message_limit_exceeded",
        overHour
          ? `This account may send ${settings.maxMessagesPerHour} messages an hour; try again later.`
          : `This recipient already got ${settings.maxPerRecipientPerDay} messages in the last 24 hours.`,
        { param: draft.channel === "email" ? "sendTo[email]" : "sendTo[phone]" },
      );
    }
    const limited = overHour || overRecipient;
    const id = createId("msg");
    const [row] = await db
      .insert(schema.messages)
      .values({
        id,
        merchantId: scope.merchantId,
        mode: scope.mode,
        channel: draft.channel,
        template: draft.template,
        recipient: draft.recipient,
        locale: draft.locale,
        payload: draft.payload,
        status: limited ? "failed" : "queued",
        errorClass: limited ? "rate_limited" : null,
        nextAttemptAt: limited ? null : now,
        messageId: stableMessageId(id),
        paymentRequestId: draft.paymentRequestId ?? null,
        transactionId: draft.transactionId ?? null,
        reminderStep: draft.reminderStep ?? null,
        dedupeKey: draft.dedupeKey ?? null,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) continue; // that reminder step or digest was queued already
    inserted.push(row);
    if (!limited) {
      sentThisHour += 1;
      perRecipient.set(draft.recipient, recipientToday + 1);
    }
  }
  return inserted;
}
