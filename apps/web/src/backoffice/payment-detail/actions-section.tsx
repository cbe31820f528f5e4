import type { BlacklistedCardView, TransactionDetail } from "@jeton/core";
import Link from "next/link";
import { cardLabel } from "@/backoffice/card-label";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { formatMoney } from "@/backoffice/format-money";
import { MetadataEditor } from "@/backoffice/metadata-editor";
import { StaffForm } from "@/backoffice/staff-form";
import { AmountField } from "./amount-field";

/**
 * Capture, refund, cancel and blacklist, for admins and owners: each one is a
 * staff mutation with its confirmation. `invalid` is the field a refused post
 * named (`?param=`), marked on the refund form's description and metadata.
 */
export function ActionsSection({
  transaction,
  blacklisted,
  csrf,
  invalid,
}: {
  transaction: TransactionDetail;
  blacklisted: BlacklistedCardView | null;
  csrf: string;
  invalid?: string | undefined;
}) {
  const { currency } = transaction;
  const money = (amount: number) => formatMoney(amount, currency);
  const remainingToRefund = transaction.capturedAmount - transaction.refundedAmount;
  const canCapture = transaction.status === "authorized" && transaction.captureMode === "manual";
  const canCancel = transaction.status === "authorized" || transaction.status === "captured";
  const canRefund = (transaction.status === "settled" || transaction.status === "partially_refunded") && remainingToRefund > 0;
  const label = transaction.merchantReference ?? transaction.id;
  const back = `/dashboard/payments/${transaction.id}`;
  return (
    <section className="bo-card" aria-labelledby="actions" data-testid="payment-actions">
      <h2 id="actions">Actions</h2>
      <div className="bo-grid">
        {canCapture ? (
          <StaffForm action={`/dashboard/payments/${transaction.id}/capture`} csrf={csrf} back={back}>
            <AmountField id="capture-amount" label="Capture amount" currency={currency} max={transaction.amount} />
            <ConfirmSubmit question={`Capture {value} ${currency} of payment ${label}?`} valueField="amount" confirmLabel="Capture">
              Capture
            </ConfirmSubmit>
          </StaffForm>
        ) : null}
        {canRefund ? (
          <StaffForm action={`/dashboard/payments/${transaction.id}/refund`} csrf={csrf} back={back}>
            <AmountField id="refund-amount" label="Refund amount" currency={currency} max={remainingToRefund} hint={`At most ${money(remainingToRefund)}; less for a partial refund.`} />
            <div className="bo-field">
              <label htmlFor="refund-reason">Reason (optional)</label>
              <input id="refund-reason" name="reason" maxLength={500} />
            </div>
            <MetadataEditor idPrefix="refund" invalid={invalid} />
            <ConfirmSubmit question={`Refund {value} ${currency} of payment ${label} to the customer?`} valueField="amount" confirmLabel="Refund" danger>
              Refund
            </ConfirmSubmit>
          </StaffForm>
        ) : null}
        {canCancel ? (
          <StaffForm action={`/dashboard/payments/${transaction.id}/cancel`} csrf={csrf} back={back}>
            <p className="bo-hint">Voids the payment before settlement: the customer is not charged.</p>
            <ConfirmSubmit question={`Cancel payment ${label} of ${money(transaction.amount)}? This cannot be undone.`} confirmLabel="Cancel the payment" danger>
              Cancel payment
            </ConfirmSubmit>
          </StaffForm>
        ) : null}
        {blacklisted ? (
          <p className="bo-hint">
            This card is on the blacklist. <Link href="/dashboard/payments/blacklist">Manage the blacklist</Link>
          </p>
        ) : (
          <StaffForm action={`/dashboard/payments/${transaction.id}/blacklist`} csrf={csrf} back={back}>
            <div className="bo-field">
              <label htmlFor="blacklist-reason">Blacklist reason</label>
              <input id="blacklist-reason" name="reason" maxLength={500} placeholder="e.g. fraud reported by the cardholder" />
            </div>
            <ConfirmSubmit
              question={`Add the card ${cardLabel(transaction.card)} to the blacklist? Its next payments will be blocked.`}
              confirmLabel="Add to blacklist"
              danger
            >
              Add card to blacklist
            </ConfirmSubmit>
          </StaffForm>
        )}
      </div>
    </section>
  );
}
