import { getTransaction, getTransactionBlacklisting, hasRole, listTransactionWebhookDeliveries } from "@jeton/core";
import Link from "next/link";
import { firstParam } from "@/backoffice/first-param";
import { FlashMessage } from "@/backoffice/flash-message";
import { ActionsSection } from "@/backoffice/payment-detail/actions-section";
import { AmountsSection } from "@/backoffice/payment-detail/amounts-section";
import { CardSection } from "@/backoffice/payment-detail/card-section";
import { CodesSection } from "@/backoffice/payment-detail/codes-section";
import { MetadataSection } from "@/backoffice/metadata-section";
import { RefundsSection } from "@/backoffice/payment-detail/refunds-section";
import { RiskSection } from "@/backoffice/payment-detail/risk-section";
import { ThreeDsSection } from "@/backoffice/payment-detail/three-ds-section";
import { TimelineSection } from "@/backoffice/payment-detail/timeline-section";
import { WebhookDeliveriesSection } from "@/backoffice/payment-detail/webhook-deliveries-section";
import { TransactionStatusBadge } from "@/backoffice/transaction-status-badge";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

// GET /dashboard/payments/{id} – one payment: amounts, card, 3-D Secure, risk, codes, metadata, timeline,
// refunds, webhook deliveries, and (admin and owner) its actions. Each section is a component of
// src/backoffice/payment-detail/; this page loads the data and lays them out.
export default async function PaymentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { context, staff } = await requireStaff();
  const { id } = await params;
  const query = await searchParams;
  const own = { merchantId: staff.merchantId, mode: staff.mode, transactionId: id };
  // Unknown, another merchant's or the other mode's: the same 404.
  const transaction = await orNotFound(() => getTransaction(context, own));
  const [{ data: deliveries }, blacklisted] = await Promise.all([
    listTransactionWebhookDeliveries(context, own),
    getTransactionBlacklisting(context, own),
  ]);

  return (
    <>
      <p>
        <Link href="/dashboard/payments">← Payments</Link>
      </p>
      <h1>
        Payment {transaction.merchantReference ?? transaction.id} <TransactionStatusBadge status={transaction.status} />
      </h1>
      <FlashMessage notice={query.notice} error={firstParam(query.error)} param={firstParam(query.param)} />
      {transaction.paymentRequestId ? (
        <p className="bo-hint">
          Paid on the payment request <Link href={`/dashboard/links/${transaction.paymentRequestId}`}>{transaction.paymentRequestId}</Link>, whose page
          lists the messages sent about it (request, reminders, receipts).
        </p>
      ) : null}

      <div className="bo-grid">
        <AmountsSection transaction={transaction} />
        <CardSection transaction={transaction} blacklisted={blacklisted} />
        <ThreeDsSection transaction={transaction} />
        <RiskSection transaction={transaction} csrf={hasRole(staff.role, "admin") ? staff.csrf : null} />
        <CodesSection transaction={transaction} />
        <MetadataSection description={transaction.description} metadata={transaction.metadata} />
      </div>

      <TimelineSection transaction={transaction} />
      {hasRole(staff.role, "admin") ? <ActionsSection transaction={transaction} blacklisted={blacklisted} csrf={staff.csrf} invalid={firstParam(query.param)} /> : null}
      <RefundsSection transaction={transaction} />
      <WebhookDeliveriesSection deliveries={deliveries} />
    </>
  );
}
