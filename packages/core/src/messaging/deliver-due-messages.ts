import { type Database, schema } from "@jeton/db";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { effectiveStatus } from "../payment-requests/payment-request-view";
import type { PlatformUrls } from "../urls/platform-urls";
import { toMessageView } from "./message-view";
import { MessageSendError, type InlineImage, type MessageTransports } from "./transports";

type Row = typeof schema.messages.$inferSelect;

export interface MessageLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface DeliverDueMessagesDeps {
  db: Database;
  clock: Clock;
  urls: PlatformUrls;
  transports: MessageTransports;
  logger?: MessageLogger | undefined;
}

export interface DeliverDueMessagesOptions {
  batchSize?: number;
  /** How long a claim holds before another worker may take the message over; longer than a send can take. */
  leaseMs?: number;
}

export interface DeliverDueMessagesResult {
  claimed: number;
  sent: number;
  /** Attempts that failed, retried later or given up. */
  failed: number;
  /** Request messages and reminders whose request closed before they went. */
  canceled: number;
}

const LOGO_CID = "merchant-logo@jeton.messages";
const LOGO_EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/**
 * The merchant's logo, to carry inside an email that shows one: mail clients
 * often block remote images, and a platform on localhost is out of their
 * reach. The current logo is sent (an older version's URL no longer answers);
 * a logo removed since the message was queued leaves the merchant's name.
 */
async function inlineLogoOf(db: Database, row: Row): Promise<InlineImage | null> {
  const merchant = (row.payload as { merchant?: { logoPath?: unknown } }).merchant;
  if (typeof merchant?.logoPath !== "string") return null;
  const [logo] = await db
    .select({ contentType: schema.merchantLogos.contentType, data: schema.merchantLogos.data })
    .from(schema.merchantLogos)
    .where(eq(schema.merchantLogos.merchantId, row.merchantId));
  if (!logo) return null;
  return { cid: LOGO_CID, filename: `logo.${LOGO_EXTENSIONS[logo.contentType] ?? "img"}`, contentType: logo.contentType, content: logo.data };
}

/** Wait before the next try after attempt n: 30 s, 2 min, 10 min, 1 h, 4 h; after the 6th failure the message is failed. */
export const MESSAGE_RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 3_600_000, 4 * 3_600_000] as const;
export const MESSAGE_MAX_ATTEMPTS = MESSAGE_RETRY_DELAYS_MS.length + 1;

/**
 * One pass of the message outbox, like the webhook outbox: due messages are
 * claimed in a short transaction (FOR UPDATE SKIP LOCKED, so instances never
 * take the same row) by pushing nextAttemptAt one lease ahead; a worker that
 * dies after the claim leaves the message to come due again when the lease
 * ends, and it is sent then, once. Each send carries the row's stable
 * Message-ID, so a retry after a crash between "sent" and "recorded" is
 * recognisable by the receiver. Outcomes are written only while the claim is
 * still ours, with a `message.sent` or `message.failed` event.
 */
export async function deliverDueMessages(deps: DeliverDueMessagesDeps, { batchSize = 20, leaseMs = 120_000 }: DeliverDueMessagesOptions = {}): Promise<DeliverDueMessagesResult> {
  const { db, clock, logger } = deps;
  const { messages } = schema;
  const claimedAt = clock.now();
  const leaseUntil = new Date(claimedAt.getTime() + leaseMs);
  const claimed: Row[] = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(messages)
      .where(and(eq(messages.status, "queued"), lte(messages.nextAttemptAt, claimedAt)))
      .orderBy(asc(messages.nextAttemptAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length > 0) {
      await tx.update(messages).set({ nextAttemptAt: leaseUntil }).where(inArray(messages.id, due.map((row) => row.id)));
    }
    return due;
  });
  const result: DeliverDueMessagesResult = { claimed: claimed.length, sent: 0, failed: 0, canceled: 0 };

  const ours = (row: Row) => and(eq(messages.id, row.id), eq(messages.status, "queued"), eq(messages.attempts, row.attempts), eq(messages.nextAttemptAt, leaseUntil));

  const deliver = async (row: Row): Promise<"sent" | "retrying" | "failed" | "canceled"> => {
    if (row.paymentRequestId && (row.template === "payment_request" || row.template === "reminder")) {
      const [request] = await db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, row.paymentRequestId));
      if (!request || effectiveStatus(request, clock.now()) !== "open") {
        await db.update(messages).set({ status: "canceled", nextAttemptAt: null }).where(ours(row));
        return "canceled";
      }
    }
    const attemptedAt = clock.now();
    let failure: MessageSendError | null = null;
    try {
      // React Email is loaded on the first message, not by every process that imports core (CLI, tests).
      const { renderEmail, renderSms } = await import("./templates/render-message");
      if (row.channel === "email") {
        const logo = await inlineLogoOf(db, row);
        const email = await renderEmail(row.template, row.payload, row.locale, deps.urls.publicUrl, { logoSrc: logo ? `cid:${logo.cid}` : null });
        await deps.transports.email.send({ to: row.recipient, ...email, messageId: row.messageId, locale: row.locale, inlineImages: logo ? [logo] : undefined });
      } else {
        await deps.transports.sms.send({ to: row.recipient, text: renderSms(row.template, row.payload, row.locale), messageId: row.id });
      }
    } catch (error) {
      failure = error instanceof MessageSendError ? error : new MessageSendError("connection_failed", false);
      if (!(error instanceof MessageSendError)) logger?.error({ err: error, messageId: row.id }, "message send threw an unclassified error");
    }
    const attempt = row.attempts + 1;
    const outcome = failure === null ? "sent" : failure.permanent || attempt >= MESSAGE_MAX_ATTEMPTS ? "failed" : "retrying";
    const finishedAt = clock.now();
    await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(messages)
        .set({
          status: outcome === "retrying" ? "queued" : outcome,
          attempts: attempt,
          lastAttemptAt: attemptedAt,
          sentAt: outcome === "sent" ? finishedAt : null,
          errorClass: failure?.errorClass ?? null,
          nextAttemptAt: outcome === "retrying" ? new Date(finishedAt.getTime() + (MESSAGE_RETRY_DELAYS_MS[attempt - 1] ?? 0)) : null,
        })
        .where(ours(row))
        .returning();
      if (updated && outcome !== "retrying") {
        await recordEvent(tx, clock, {
          merchantId: updated.merchantId,
          mode: updated.mode,
          type: `message.${outcome}`,
          objectId: updated.id,
          data: toMessageView(updated) as unknown as Record<string, unknown>,
        });
      }
    });
    const details = { messageId: row.id, template: row.template, channel: row.channel, attempt, errorClass: failure?.errorClass ?? null };
    if (outcome === "sent") logger?.info(details, "message sent");
    else logger?.warn({ ...details, outcome }, "message attempt failed");
    return outcome;
  };

  const outcomes = await Promise.allSettled(claimed.map(deliver));
  for (const outcome of outcomes) {
    if (outcome.status === "rejected") {
      logger?.error({ err: outcome.reason }, "message outcome could not be recorded");
      continue;
    }
    if (outcome.value === "sent") result.sent += 1;
    else if (outcome.value === "canceled") result.canceled += 1;
    else result.failed += 1;
  }
  return result;
}
