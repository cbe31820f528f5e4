import type { schema } from "@jeton/db";
import { z } from "zod";
import { splitInstallments } from "../recurring/schedule";
import { currencyView, minorAmount, modeView, timestamp, metadataView } from "../views/view-atoms";
import { messageView } from "../messaging/message-view";

type Row = typeof schema.paymentRequests.$inferSelect;

export const paymentRequestView = z
  .object({
    id: z.string(),
    object: z.literal("payment_request"),
    status: z.enum(["open", "succeeded", "failed", "canceled", "expired"]),
    intent: z.enum(["payment", "tokenize"]),
    amount: minorAmount,
    currency: currencyView,
    merchantReference: z.string().nullable(),
    description: z.string().nullable(),
    metadata: metadataView,
    customerEmail: z.string().nullable(),
    locale: z.enum(["fr", "en", "ar"]).nullable(),
    returnUrl: z.string().nullable(),
    cancelUrl: z.string().nullable(),
    captureMode: z.enum(["automatic", "manual", "delayed"]),
    saveCard: z.boolean(),
    url: z.string().describe("The hosted payment page: redirect the shopper here."),
    embedUrl: z.string().describe("The same page for an iframe on a registered origin."),
    qrCodeUrl: z.string().describe("The payment page's address as an SVG QR code, to print or show on a screen."),
    expiresAt: timestamp,
    createdAt: timestamp,
    completedAt: timestamp.nullable(),
    transactionId: z.string().nullable(),
    cardTokenId: z.string().nullable(),
    customerId: z.string().nullable().describe("With saveCard: the customer the card is (to be) saved for."),
    cardId: z.string().nullable().describe("With saveCard, once succeeded: the saved card."),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    mode: modeView,
    messages: z
      .array(messageView)
      .optional()
      .describe("On create and on GET: the messages sent about the request (Push & Pay, reminders, receipts), with their status."),
    captureDelayDays: z.number().int().nullable().describe('`captureMode: "delayed"`: days before the automatic capture.'),
    installments: z
      .object({ count: z.number().int(), interval: z.enum(["month", "week"]), amounts: z.array(minorAmount) })
      .nullable()
      .describe("Payment in instalments: the count, the interval and each amount (the first is paid on the page)."),
    installmentPlanId: z.string().nullable().describe("Once the first instalment is paid: the plan (GET /api/v1/installment-plans/{id})."),
    subscriptionId: z.string().nullable().describe("A card-update link: the subscription whose card this payment replaces."),
  })
  .meta({ id: "PaymentRequest" });
export type PaymentRequestView = z.infer<typeof paymentRequestView>;

/** An open request past its expiry is expired, whether or not a sweep has written it yet. */
export function effectiveStatus(row: Row, now: Date): Row["status"] {
  return row.status === "open" && row.expiresAt <= now ? "expired" : row.status;
}

export function toPaymentRequestView(row: Row, publicUrl: string, now: Date): PaymentRequestView {
  return {
    id: row.id,
    object: "payment_request",
    status: effectiveStatus(row, now),
    intent: row.intent,
    amount: row.amount,
    currency: row.currency,
    merchantReference: row.merchantReference,
    description: row.description,
    metadata: row.metadata,
    customerEmail: row.customerEmail,
    locale: row.locale,
    returnUrl: row.returnUrl,
    cancelUrl: row.cancelUrl,
    captureMode: row.captureMode,
    saveCard: row.saveCard,
    url: `${publicUrl}/pay/${row.id}`,
    embedUrl: `${publicUrl}/embed/${row.id}`,
    qrCodeUrl: `${publicUrl}/pay/${row.id}/qr.svg`,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    transactionId: row.transactionId,
    cardTokenId: row.cardTokenId,
    customerId: row.customerId,
    cardId: row.cardId,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    mode: row.mode,
    captureDelayDays: row.captureDelayDays,
    installments: row.installments ? { ...row.installments, amounts: splitInstallments(row.amount, row.installments.count) } : null,
    installmentPlanId: row.installmentPlanId,
    subscriptionId: row.subscriptionId,
  };
}
