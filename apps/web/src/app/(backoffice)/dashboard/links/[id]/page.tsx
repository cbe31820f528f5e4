import { getPaymentLink, hasRole, listPaymentRequestMessages } from "@jeton/core";
import Link from "next/link";
import { CopyButton } from "@/backoffice/copy-button";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { PaymentLinkStatus } from "@/backoffice/payment-link-status";
import { MessageList } from "@/backoffice/message-list";
import { MetadataSection } from "@/backoffice/metadata-section";
import { QrCode } from "@/backoffice/qr-code";
import { StaffForm } from "@/backoffice/staff-form";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

// GET /dashboard/links/{id} – one payment request (made here or through the API): its URL, a QR code of it, where it stands,
// the messages sent about it, and "Send by email / SMS" while it is open.
export default async function PaymentLinkPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { context, staff } = await requireStaff();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const link = await orNotFound(() => getPaymentLink(context, { merchantId: staff.merchantId, mode: staff.mode, id }));
  const amount = formatMoney(link.amount, link.currency);
  const messages = await listPaymentRequestMessages(context, staff, link.id);
  const canSend = link.status === "open" && hasRole(staff.role, "admin");

  return (
    <>
      <p>
        <Link href="/dashboard/links">← All payment links and requests</Link>
      </p>
      <h1>
        {link.createdBy ? "Payment link" : "Payment request"} {link.merchantReference ? <>“{link.merchantReference}”</> : null} for {amount}
      </h1>
      <FlashMessage notice={query.notice} error={query.error} param={query.param} />
      <div className="bo-grid">
        <section className="bo-card" aria-labelledby="share-heading">
          <h2 id="share-heading">Share</h2>
          <p>
            <a className="bo-link-url" href={link.url} data-testid="link-url">
              {link.url}
            </a>
          </p>
          <p className="bo-actions">
            <CopyButton text={link.url} label="Copy link" />
          </p>
          <QrCode className="bo-qr" value={link.url} label={`QR code of the payment link ${link.url}`} />
          <p className="bo-hint">Scanning the code opens the same payment page.</p>
          {canSend ? (
            <StaffForm action={`/dashboard/links/${link.id}/send`} csrf={staff.csrf} back={`/dashboard/links/${link.id}`}>
              <h3>Send by email / SMS</h3>
              <div className="bo-field">
                <label htmlFor="send-email">Email</label>
                <input id="send-email" name="email" type="email" maxLength={254} autoComplete="off" defaultValue={link.customerEmail ?? ""} />
              </div>
              <div className="bo-field">
                <label htmlFor="send-phone">Phone (SMS)</label>
                <input id="send-phone" name="phone" type="tel" maxLength={32} autoComplete="off" aria-describedby="send-phone-hint" />
                <div id="send-phone-hint" className="bo-hint">With the country code, e.g. +33612345678.</div>
              </div>
              <button type="submit">Send</button>
            </StaffForm>
          ) : null}
        </section>
        <MetadataSection description={link.description} metadata={link.metadata} />
        <section className="bo-card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <dl className="bo-figures">
            <dt>Status</dt>
            <dd data-testid="link-status">
              <PaymentLinkStatus status={link.status} />
            </dd>
            <dt>Amount</dt>
            <dd>{amount}</dd>
            <dt>Reference</dt>
            <dd>{link.merchantReference ?? "none"}</dd>
            <dt>Customer email</dt>
            <dd>{link.customerEmail ?? "none"}</dd>
            <dt>Created</dt>
            <dd>
              {formatDateTime(link.createdAt)}
              {link.createdBy === null ? " through the API" : link.createdBy.email ? ` by ${link.createdBy.email}` : null}
            </dd>
            <dt>Expires</dt>
            <dd>{formatDateTime(link.expiresAt)}</dd>
            {link.completedAt ? (
              <>
                <dt>Completed</dt>
                <dd>{formatDateTime(link.completedAt)}</dd>
              </>
            ) : null}
            <dt>Attempts</dt>
            <dd>
              {link.attempts} of {link.maxAttempts}
            </dd>
            {link.transactionId ? (
              <>
                <dt>Payment</dt>
                <dd>
                  <Link href={`/dashboard/payments/${link.transactionId}`}>{link.transactionId}</Link>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>
      <section className="bo-card" aria-labelledby="messages-heading">
        <h2 id="messages-heading">Messages</h2>
        <MessageList messages={messages} />
      </section>
    </>
  );
}
