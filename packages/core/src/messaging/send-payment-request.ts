import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { DatabaseExecutor } from "../events/record-event";
import { effectiveStatus } from "../payment-requests/payment-request-view";
import { findScoped, type MerchantScope } from "../scope";
import type { PlatformUrls } from "../urls/platform-urls";
import { loadMessageBranding } from "./load-message-branding";
import { toMessageView, type MessageView } from "./message-view";
import { queueMessages, type MessageDraft } from "./queue-messages";
import { checkSendTo, type SendTo } from "./send-to";
import type { PaymentRequestPayload } from "./templates/payloads";

type PaymentRequestRow = typeof schema.paymentRequests.$inferSelect;

/** What a request (or reminder) message shows of the request. */
export async function paymentRequestPayloadOf(db: Pick<DatabaseExecutor, "select">, urls: PlatformUrls, request: PaymentRequestRow) {
  const { branding, defaultLocale } = await loadMessageBranding(db, request.merchantId);
  const payload: PaymentRequestPayload = {
    merchant: branding,
    amount: request.amount,
    currency: request.currency,
    description: request.description,
    reference: request.merchantReference,
    url: `${urls.publicUrl}/pay/${request.id}`,
    expiresAt: request.expiresAt.toISOString(),
  };
  return { payload, locale: request.locale ?? defaultLocale };
}

/**
 * Queues a payment request's message to each address of `sendTo` (Push &
 * Pay), in the caller's transaction. Only an open request is sent. The
 * addresses are checked first (a bad one is a 400 naming it, nothing queued),
 * and the merchant's abuse limits refuse the send rather than hold it back.
 */
export async function queuePaymentRequestMessages(
  db: DatabaseExecutor,
  { clock, urls }: { clock: Clock; urls: PlatformUrls },
  request: PaymentRequestRow,
  sendTo: { email: string | null; phone: string | null },
): Promise<MessageView[]> {
  if (effectiveStatus(request, clock.now()) !== "open") {
    throw new AppError("payment_request_not_open", `Payment request ${request.id} is ${effectiveStatus(request, clock.now())}; only an open request is sent.`);
  }
  const { payload, locale } = await paymentRequestPayloadOf(db, urls, request);
  const drafts: MessageDraft[] = [];
  const common = { template: "payment_request" as const, locale, payload, paymentRequestId: request.id };
  if (sendTo.email) drafts.push({ ...common, channel: "email", recipient: sendTo.email });
  if (sendTo.phone) drafts.push({ ...common, channel: "sms", recipient: sendTo.phone });
  const rows = await queueMessages(db, clock, request, drafts, { overLimit: "refuse" });
  return rows.map(toMessageView);
}

/** "Send by email / SMS" on an existing open request (back-office, or the API). */
export async function sendPaymentRequest(
  deps: { db: Database; clock: Clock; urls: PlatformUrls },
  scope: MerchantScope,
  { paymentRequestId, sendTo }: { paymentRequestId: string; sendTo: SendTo },
): Promise<MessageView[]> {
  const checked = checkSendTo(sendTo);
  return deps.db.transaction(async (tx) => {
    // FOR UPDATE: a request being paid right now is either still open (and sent) or already closed (and refused).
    const request = await findScoped(tx, schema.paymentRequests, scope, paymentRequestId, { what: "payment request", prefix: "pr", lock: "update" });
    return queuePaymentRequestMessages(tx, deps, request, checked);
  });
}
