import type { schema } from "@jeton/db";
import { toPaymentRequestView, type PaymentRequestView } from "../payment-requests/payment-request-view";

type Row = typeof schema.paymentRequests.$inferSelect;

/**
 * A payment request as the back-office shows it: with the staff member who
 * made it (a payment link), or `createdBy: null` when it came through the API.
 */
export interface PaymentLinkView extends PaymentRequestView {
  createdBy: { userId: string; email: string | null } | null;
}

/** `creatorEmail` is null once the staff member's account is gone. */
export function toPaymentLinkView(row: Row, creatorEmail: string | null, publicUrl: string, now: Date): PaymentLinkView {
  const createdBy = row.createdByUserId === null ? null : { userId: row.createdByUserId, email: creatorEmail };
  return { ...toPaymentRequestView(row, publicUrl, now), createdBy };
}
