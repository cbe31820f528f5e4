import type { schema } from "@jeton/db";
import { splitInstallments } from "../recurring/schedule";

type Row = typeof schema.paymentRequests.$inferSelect;

export interface PaymentRequestView {
  id: string;
  object: "payment_request";
  status: Row["status"];
  intent: Row["intent"];
  amount: number;
  currency: string;
  merchantReference: string | null;
  description: string | null;
  customerEmail: string | null;
  locale: Row["locale"];
  returnUrl: string | null;
  cancelUrl: string | null;
  captureMode: Row["captureMode"];
  saveCard: boolean;
  url: string;
  embedUrl: string;
  expiresAt: string;
  createdAt: string;
  completedAt: string | null;
  transactionId: string | null;
  cardTokenId: string | null;
  /** With saveCard: the customer the card is (to be) saved for. */
  customerId: string | null;
  /** With saveCard, once succeeded: the saved card. */
  cardId: string | null;
  attempts: number;
  maxAttempts: number;
  mode: Row["mode"];
  /** `captureMode: "delayed"`: days before the automatic capture. */
  captureDelayDays: number | null;
  /** Payment in instalments: the count, the interval and each amount (the first is paid on the page). */
  installments: { count: number; interval: "month" | "week"; amounts: number[] } | null;
  /** Once the first instalment is paid: the plan (GET /api/v1/installment-plans/{id}). */
  installmentPlanId: string | null;
  /** A card-update link: the subscription whose card this payment replaces. */
  subscriptionId: string | null;
}

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
    customerEmail: row.customerEmail,
    locale: row.locale,
    returnUrl: row.returnUrl,
    cancelUrl: row.cancelUrl,
    captureMode: row.captureMode,
    saveCard: row.saveCard,
    url: `${publicUrl}/pay/${row.id}`,
    embedUrl: `${publicUrl}/embed/${row.id}`,
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
