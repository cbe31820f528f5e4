import { type Database, schema } from "@jeton/db";
import { and, eq, gt, inArray, isNotNull, min, sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { PlatformUrls } from "../urls/platform-urls";
import { queueMessages, type MessageDraft } from "./queue-messages";
import { paymentRequestPayloadOf } from "./send-payment-request";

const DAY_MS = 86_400_000;

/**
 * The reminder sweep. For each open, unexpired request that was sent (Push &
 * Pay) by a merchant with a reminder scenario, the latest step now due is
 * queued to the addresses the request went to, on that step's channels. A
 * step is counted from the first successful send. Steps missed while the
 * platform was down are skipped rather than sent in a burst. The unique index
 * on (request, step, channel) means a step is queued once, whatever the
 * number of instances sweeping; a request that is paid, canceled or expired
 * is no longer picked, and its queued reminders are canceled with it.
 */
export async function queueDueReminders({ db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls }): Promise<number> {
  const now = clock.now();
  const { messages, paymentRequests, merchantMessagingSettings: settings } = schema;
  const candidates = await db
    .select({ id: paymentRequests.id, steps: settings.reminderSteps, firstSentAt: min(messages.sentAt) })
    .from(paymentRequests)
    .innerJoin(settings, eq(settings.merchantId, paymentRequests.merchantId))
    .innerJoin(messages, and(eq(messages.paymentRequestId, paymentRequests.id), eq(messages.template, "payment_request"), eq(messages.status, "sent")))
    .where(and(eq(paymentRequests.status, "open"), gt(paymentRequests.expiresAt, now), sql`jsonb_array_length(${settings.reminderSteps}) > 0`))
    .groupBy(paymentRequests.id, settings.reminderSteps);
  let queued = 0;
  for (const candidate of candidates) {
    if (!candidate.firstSentAt) continue;
    const firstSent = candidate.firstSentAt.getTime();
    let due = -1;
    candidate.steps.forEach((step, index) => {
      if (firstSent + step.afterDays * DAY_MS <= now.getTime()) due = index;
    });
    if (due < 0) continue;
    const stepNumber = due + 1;
    queued += await db.transaction(async (tx) => {
      // Locked like a payment locks it: a request being paid now is reminded before (canceled with it) or not at all.
      const [request] = await tx.select().from(paymentRequests).where(eq(paymentRequests.id, candidate.id)).for("update");
      if (!request || request.status !== "open" || request.expiresAt <= now) return 0;
      const already = await tx
        .select({ step: messages.reminderStep })
        .from(messages)
        .where(and(eq(messages.paymentRequestId, request.id), isNotNull(messages.reminderStep)));
      if (already.some((row) => (row.step ?? 0) >= stepNumber)) return 0;
      const step = candidate.steps[due]!;
      const sentTo = await tx
        .selectDistinct({ channel: messages.channel, recipient: messages.recipient })
        .from(messages)
        .where(and(eq(messages.paymentRequestId, request.id), eq(messages.template, "payment_request"), eq(messages.status, "sent"), inArray(messages.channel, step.channels)));
      if (sentTo.length === 0) return 0;
      const { payload, locale } = await paymentRequestPayloadOf(tx, urls, request);
      const drafts: MessageDraft[] = sentTo.map((to) => ({ channel: to.channel, recipient: to.recipient, template: "reminder", locale, payload, paymentRequestId: request.id, reminderStep: stepNumber }));
      return (await queueMessages(tx, clock, request, drafts, { overLimit: "record" })).length;
    });
  }
  return queued;
}
