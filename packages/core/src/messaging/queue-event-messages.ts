import { schema } from "@jeton/db";
import { and, eq, inArray } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { DatabaseExecutor, RecordEventInput } from "../events/record-event";
import { loadMessageBranding } from "./load-message-branding";
import { getMessagingSettings } from "./messaging-settings";
import { queueMessages, type MessageDraft } from "./queue-messages";
import type { ReceiptPayload, RefundReceiptPayload } from "./templates/payloads";

type TransactionRow = typeof schema.transactions.$inferSelect;

const CLOSED_REQUEST_EVENTS = new Set(["payment_request.succeeded", "payment_request.canceled", "payment_request.expired", "payment_request.failed"]);

/**
 * The messages an event causes, written in the event's own database
 * transaction (recordEvent calls this): the shopper's receipt and the
 * merchant's confirmations when a payment is authorized, the refund receipt
 * when a refund is made; and when a request closes (paid, canceled, expired,
 * failed), its request messages and reminders still queued are canceled.
 */
export async function queueEventMessages(db: DatabaseExecutor, clock: Clock, event: RecordEventInput): Promise<void> {
  if (event.type === "transaction.authorized") return queuePaymentMessages(db, clock, event.objectId, event.merchantId);
  if (event.type === "refund.created") return queueRefundReceipt(db, clock, event.objectId);
  if (CLOSED_REQUEST_EVENTS.has(event.type)) {
    await db
      .update(schema.messages)
      .set({ status: "canceled", nextAttemptAt: null })
      .where(
        and(
          eq(schema.messages.paymentRequestId, event.objectId),
          eq(schema.messages.status, "queued"),
          inArray(schema.messages.template, ["payment_request", "reminder"]),
        ),
      );
  }
}

async function shopperOf(db: DatabaseExecutor, transaction: TransactionRow) {
  let email = transaction.customerEmail;
  let locale: "fr" | "en" | "ar" | null = null;
  if (transaction.paymentRequestId) {
    const [request] = await db
      .select({ customerEmail: schema.paymentRequests.customerEmail, locale: schema.paymentRequests.locale })
      .from(schema.paymentRequests)
      .where(eq(schema.paymentRequests.id, transaction.paymentRequestId));
    email ??= request?.customerEmail ?? null;
    locale = request?.locale ?? null;
  }
  return { email, locale };
}

function receiptOf(transaction: TransactionRow, merchant: ReceiptPayload["merchant"], date: Date): ReceiptPayload {
  return {
    merchant,
    amount: transaction.amount,
    currency: transaction.currency,
    // Brand and last 4: the only card data a message may carry.
    card: { brand: transaction.brand, last4: transaction.last4 },
    authorizationCode: transaction.authorizationCode,
    reference: transaction.merchantReference,
    transactionId: transaction.id,
    date: date.toISOString(),
    customerEmail: transaction.customerEmail,
  };
}

async function queuePaymentMessages(db: DatabaseExecutor, clock: Clock, transactionId: string, merchantId: string): Promise<void> {
  // Sent together (pipelined on the payment's connection, as recordEvent does): one round trip on every authorized payment, not two.
  const [[transaction], settings] = await Promise.all([
    db.select().from(schema.transactions).where(and(eq(schema.transactions.id, transactionId), eq(schema.transactions.merchantId, merchantId))),
    getMessagingSettings({ db }, merchantId),
  ]);
  if (!transaction) return;
  const shopper = await shopperOf(db, transaction);
  const wantsReceipt = settings.receiptsEnabled && shopper.email !== null;
  if (!wantsReceipt && settings.confirmationEmails.length === 0) return;
  const { branding, defaultLocale } = await loadMessageBranding(db, transaction.merchantId);
  const payload = receiptOf(transaction, branding, transaction.authorizedAt ?? clock.now());
  const link = { paymentRequestId: transaction.paymentRequestId, transactionId: transaction.id };
  const drafts: MessageDraft[] = [];
  if (wantsReceipt) drafts.push({ channel: "email", template: "receipt", recipient: shopper.email!.toLowerCase(), locale: shopper.locale ?? defaultLocale, payload, ...link });
  for (const address of settings.confirmationEmails) {
    drafts.push({ channel: "email", template: "payment_confirmation", recipient: address, locale: defaultLocale, payload, ...link });
  }
  await queueMessages(db, clock, transaction, drafts, { overLimit: "record" });
}

async function queueRefundReceipt(db: DatabaseExecutor, clock: Clock, refundId: string): Promise<void> {
  const [row] = await db
    .select({ refund: schema.refunds, transaction: schema.transactions })
    .from(schema.refunds)
    .innerJoin(schema.transactions, eq(schema.transactions.id, schema.refunds.transactionId))
    .where(eq(schema.refunds.id, refundId));
  if (!row || row.refund.status !== "succeeded") return;
  const settings = await getMessagingSettings({ db }, row.transaction.merchantId);
  const shopper = await shopperOf(db, row.transaction);
  if (!settings.receiptsEnabled || !shopper.email) return;
  const { branding, defaultLocale } = await loadMessageBranding(db, row.transaction.merchantId);
  const payload: RefundReceiptPayload = {
    ...receiptOf(row.transaction, branding, row.refund.createdAt),
    refundAmount: row.refund.amount,
    refundId: row.refund.id,
  };
  await queueMessages(
    db,
    clock,
    row.transaction,
    [
      {
        channel: "email",
        template: "refund_receipt",
        recipient: shopper.email.toLowerCase(),
        locale: shopper.locale ?? defaultLocale,
        payload,
        paymentRequestId: row.transaction.paymentRequestId,
        transactionId: row.transaction.id,
      },
    ],
    { overLimit: "record" },
  );
}
