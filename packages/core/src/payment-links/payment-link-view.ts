import type { schema } from "@jeton/db";
import { toPaymentRequestView, type PaymentRequestView } from "../payment-requests/payment-request-view";

type Row = typeof schema.paymentRequests.$inferSelect;

/** A payment request made in the back-office, with the staff member who made it. */
export interface PaymentLinkView extends PaymentRequestView {
  createdBy: { userId: string; email: string | null };
}

/** `creatorEmail` is null once the staff member's account is gone. */
export function toPaymentLinkView(row: Row, creatorEmail: string | null, publicUrl: string, now: Date): PaymentLinkView {
  // Callers select links only (created_by_user_id not null); anything else is a bug, not a link.
  if (row.createdByUserId === null) throw new Error(`payment request ${row.id} is not a payment link`);
  return { ...toPaymentRequestView(row, publicUrl, now), createdBy: { userId: row.createdByUserId, email: creatorEmail } };
}
