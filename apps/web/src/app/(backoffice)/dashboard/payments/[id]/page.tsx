import { getTransaction, getTransactionBlacklisting, hasRole, listTransactionWebhookDeliveries, maskStoredCard } from "@jeton/core";
import Link from "next/link";
import type { ReactNode } from "react";
import { brandName, cardLabel } from "@/backoffice/card-label";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { majorAmount } from "@/backoffice/major-amount";
import { StaffForm } from "@/backoffice/staff-form";
import { TransactionStatusBadge } from "@/backoffice/transaction-status-badge";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** What each event of a payment's life means, in staff's words. */
const eventLabels: Record<string, string> = {
  "transaction.requires_action": "3-D Secure challenge started",
  "transaction.authorized": "Authorized",
  "transaction.captured": "Captured",
  "transaction.settled": "Settled",
  "transaction.partially_refunded": "Partially refunded",
  "transaction.refunded": "Refunded in full",
  "transaction.canceled": "Canceled",
  "transaction.declined": "Declined",
  "transaction.authentication_failed": "3-D Secure authentication failed",
  "transaction.blocked": "Blocked by a risk rule",
  "transaction.expired": "Expired (3-D Secure not completed)",
  "refund.created": "Refund",
  "review.opened": "Held for risk review",
  "review.closed": "Risk review closed",
};

const riskOutcomeLabels: Record<string, string> = { allow: "Allowed", require_3ds: "3-D Secure required", review: "Held for review", block: "Blocked" };
const reviewLabels: Record<string, string> = { open: "Waiting for a decision", approved: "Approved", rejected: "Rejected (canceled)", expired: "Expired (rejected, canceled)" };
function riskRuleLabel(rule: string | null): string {
  if (rule === null) return "no rule";
  if (rule === "blacklist") return "Card blacklist";
  if (rule === "score") return "The score thresholds";
  if (rule === "engine_error") return "Risk engine failure (held for review)";
  return rule;
}

const transStatusMeaning: Record<string, string> = {
  Y: "authenticated",
  A: "attempted",
  N: "not authenticated",
  U: "unavailable",
  R: "rejected",
  C: "challenge required",
};

// GET /dashboard/payments/{id} – one payment: amounts, card, 3-D Secure, risk, codes, timeline,
// refunds, webhook deliveries, and (admin and owner) its actions.
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

  const { currency } = transaction;
  const money = (amount: number) => formatMoney(amount, currency);
  const major = (amount: number) => majorAmount(amount, currency);
  const remainingToRefund = transaction.capturedAmount - transaction.refundedAmount;
  const canAct = hasRole(staff.role, "admin");
  const canCapture = transaction.status === "authorized" && transaction.captureMode === "manual";
  const canCancel = transaction.status === "authorized" || transaction.status === "captured";
  const canRefund = (transaction.status === "settled" || transaction.status === "partially_refunded") && remainingToRefund > 0;
  const label = transaction.merchantReference ?? transaction.id;
  const back = `/dashboard/payments/${transaction.id}`;
  const refundsById = new Map(transaction.refunds.map((refund) => [refund.id, refund]));
  // The currency's smallest unit, in major units: 0.01 EUR, 0.001 TND, 1 JPY.
  const step = major(1);

  return (
    <>
      <p>
        <Link href="/dashboard/payments">← Payments</Link>
      </p>
      <h1>
        Payment {label} <TransactionStatusBadge status={transaction.status} />
      </h1>
      <FlashMessage notice={query.notice} error={first(query.error)} />

      <div className="bo-grid">
        <section className="bo-card" aria-labelledby="amounts">
          <h2 id="amounts">Amounts</h2>
          <dl className="bo-figures" data-testid="amounts">
            <Figure term="Authorized">{money(transaction.amount)}</Figure>
            <Figure term="Captured">{money(transaction.capturedAmount)}</Figure>
            <Figure term="Refunded">
              <span data-testid="refunded-amount">{money(transaction.refundedAmount)}</span>
            </Figure>
            <Figure term="Remaining to refund">{money(remainingToRefund)}</Figure>
            <Figure term="Capture">{transaction.captureMode === "manual" ? "Manual" : "Automatic"}</Figure>
          </dl>
        </section>

        <section className="bo-card" aria-labelledby="card">
          <h2 id="card">Card</h2>
          <dl className="bo-figures">
            <Figure term="Brand">{brandName(transaction.card.brand)}</Figure>
            <Figure term="Number">{maskStoredCard(transaction.card)}</Figure>
            <Figure term="Expiry">
              {String(transaction.card.expMonth).padStart(2, "0")}/{transaction.card.expYear}
            </Figure>
            <Figure term="Source">{transaction.storedCredential ? "Stored card (no CVC)" : "Card typed by the customer"}</Figure>
            <Figure term="Blacklist">
              {blacklisted ? `On the blacklist since ${formatDateTime(blacklisted.createdAt)}${blacklisted.reason ? ` (${blacklisted.reason})` : ""}` : "Not blacklisted"}
            </Figure>
          </dl>
        </section>

        <section className="bo-card" aria-labelledby="three-ds">
          <h2 id="three-ds">3-D Secure</h2>
          {transaction.threeDs ? (
            <dl className="bo-figures">
              <Figure term="Version">{transaction.threeDs.version}</Figure>
              <Figure term="Result">
                {transaction.threeDs.transStatus} ({transStatusMeaning[transaction.threeDs.transStatus] ?? "unknown"})
              </Figure>
              <Figure term="ECI">{transaction.threeDs.eci ?? "none"}</Figure>
              <Figure term="Liability shift">{transaction.threeDs.liabilityShift ? "Yes" : "No"}</Figure>
              <Figure term="Challenge">{transaction.threeDs.challenged ? "The customer was challenged" : "Frictionless"}</Figure>
            </dl>
          ) : (
            <p className="bo-hint">
              {transaction.status === "blocked"
                ? "None: the payment was blocked before authentication."
                : transaction.initiatedBy === "merchant"
                  ? "None: a merchant-initiated charge has no customer to authenticate."
                  : "No 3-D Secure outcome recorded."}
            </p>
          )}
        </section>

        <section className="bo-card" aria-labelledby="risk">
          <h2 id="risk">Risk</h2>
          {transaction.risk ? (
            <>
              <dl className="bo-figures" data-testid="risk">
                <Figure term="Outcome">{riskOutcomeLabels[transaction.risk.outcome]}</Figure>
                <Figure term="Score">{transaction.risk.score} / 100</Figure>
                <Figure term="Decided by">{riskRuleLabel(transaction.risk.rule)}</Figure>
                <Figure term="Card country">{transaction.risk.cardCountry ?? "unknown"}{transaction.risk.cardFunding ? ` (${transaction.risk.cardFunding})` : ""}</Figure>
                <Figure term="Customer's address country">{transaction.risk.ipCountry ?? "unknown"}</Figure>
                {transaction.risk.review ? (
                  <Figure term="Review">
                    <span data-testid="review-status">{reviewLabels[transaction.risk.review.status]}</span>
                    {transaction.risk.review.status === "open" && transaction.risk.review.expiresAt ? ` (rejected automatically at ${formatDateTime(transaction.risk.review.expiresAt)})` : ""}
                  </Figure>
                ) : null}
                {transaction.risk.blacklistedAt ? <Figure term="Card blacklisted">{formatDateTime(transaction.risk.blacklistedAt)}</Figure> : null}
                {transaction.risk.sourceTransactionId ? (
                  <Figure term="Blacklisted from">
                    <Link href={`/dashboard/payments/${transaction.risk.sourceTransactionId}`}>{transaction.risk.sourceTransactionId}</Link>
                  </Figure>
                ) : null}
              </dl>
              {transaction.risk.rules.length > 0 ? (
                <table className="bo-table" data-testid="risk-rules">
                  <thead>
                    <tr><th scope="col">Rule that fired</th><th scope="col">Action</th><th scope="col">Score</th><th scope="col">What it saw</th></tr>
                  </thead>
                  <tbody>
                    {transaction.risk.rules.map((rule) => (
                      <tr key={rule.id}>
                        <td>{rule.name}</td>
                        <td>{rule.action ? riskOutcomeLabels[rule.action] : "score only"}</td>
                        <td>{rule.score}</td>
                        <td><code>{rule.signals.map((signal) => JSON.stringify(signal)).join(" · ")}</code></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="bo-hint">No risk rule fired.</p>
              )}
              {transaction.risk.review?.status === "open" && canAct ? (
                <div className="bo-inline" data-testid="review-actions">
                  <StaffForm action={`/dashboard/payments/${transaction.id}/review`} csrf={staff.csrf} back={back} className="bo-inline">
                    <input type="hidden" name="decision" value="approve" />
                    <button type="submit">Approve (capture goes ahead)</button>
                  </StaffForm>
                  <StaffForm action={`/dashboard/payments/${transaction.id}/review`} csrf={staff.csrf} back={back} className="bo-inline">
                    <input type="hidden" name="decision" value="reject" />
                    <ConfirmSubmit question="Reject this payment? Its authorization is canceled and the customer is not charged." confirmLabel="Reject" danger>Reject (cancel the payment)</ConfirmSubmit>
                  </StaffForm>
                </div>
              ) : null}
            </>
          ) : (
            <p className="bo-hint">Not assessed (a payment from before the risk engine).</p>
          )}
        </section>

        <section className="bo-card" aria-labelledby="codes">
          <h2 id="codes">Codes and references</h2>
          <dl className="bo-figures">
            <Figure term="Response code">{transaction.responseCode ?? "none"}</Figure>
            <Figure term="Decline code">{transaction.declineCode ?? "none"}</Figure>
            <Figure term="Authorization code">{transaction.authorizationCode ?? "none"}</Figure>
            <Figure term="Payment id">
              <code>{transaction.id}</code>
            </Figure>
            <Figure term="Reference">{transaction.merchantReference ?? "none"}</Figure>
            <Figure term="Customer email">{transaction.customerEmail ?? "none"}</Figure>
            <Figure term="Channel">{transaction.channel === "hosted" ? "Payment page" : "API"}</Figure>
            <Figure term="Settlement">{transaction.settlementId ? `${transaction.settlementId} (${formatDateTime(transaction.settledAt!)})` : "Not settled"}</Figure>
          </dl>
        </section>
      </div>

      <section className="bo-card" aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <ol data-testid="timeline">
          <li>
            {formatDateTime(transaction.createdAt)}: Created ({money(transaction.amount)})
          </li>
          {transaction.timeline.map((entry, index) => {
            const refund = refundsById.get(entry.objectId);
            let text = eventLabels[entry.type] ?? entry.type;
            if (refund && entry.type === "refund.created") text = `Refund of ${money(refund.amount)}`;
            if (entry.type === "transaction.authorized" && transaction.threeDs) {
              text += ` after 3-D Secure (${transaction.threeDs.transStatus}${transaction.threeDs.eci ? `, ECI ${transaction.threeDs.eci}` : ""})`;
            }
            if (entry.type === "transaction.blocked" && transaction.risk?.rule === "blacklist") text += ": card on the blacklist";
            return (
              <li key={`${entry.type}-${entry.at}-${index}`} data-event={entry.type}>
                {formatDateTime(entry.at)}: {text}
              </li>
            );
          })}
        </ol>
      </section>

      {canAct ? (
        <section className="bo-card" aria-labelledby="actions" data-testid="payment-actions">
          <h2 id="actions">Actions</h2>
          <div className="bo-grid">
            {canCapture ? (
              <StaffForm action={`/dashboard/payments/${transaction.id}/capture`} csrf={staff.csrf} back={back}>
                <div className="bo-field">
                  <label htmlFor="capture-amount">Capture amount ({currency})</label>
                  <input
                    id="capture-amount"
                    name="amount"
                    type="number"
                    min={step}
                    step={step}
                    max={major(transaction.amount)}
                    required
                    defaultValue={major(transaction.amount)}
                  />
                </div>
                <ConfirmSubmit question={`Capture {value} ${currency} of payment ${label}?`} valueField="amount" confirmLabel="Capture">
                  Capture
                </ConfirmSubmit>
              </StaffForm>
            ) : null}
            {canRefund ? (
              <StaffForm action={`/dashboard/payments/${transaction.id}/refund`} csrf={staff.csrf} back={back}>
                <div className="bo-field">
                  <label htmlFor="refund-amount">Refund amount ({currency})</label>
                  <input
                    id="refund-amount"
                    name="amount"
                    type="number"
                    min={step}
                    step={step}
                    max={major(remainingToRefund)}
                    required
                    defaultValue={major(remainingToRefund)}
                    aria-describedby="refund-hint"
                  />
                  <p id="refund-hint" className="bo-hint">
                    At most {money(remainingToRefund)}; less for a partial refund.
                  </p>
                </div>
                <div className="bo-field">
                  <label htmlFor="refund-reason">Reason (optional)</label>
                  <input id="refund-reason" name="reason" maxLength={500} />
                </div>
                <ConfirmSubmit question={`Refund {value} ${currency} of payment ${label} to the customer?`} valueField="amount" confirmLabel="Refund" danger>
                  Refund
                </ConfirmSubmit>
              </StaffForm>
            ) : null}
            {canCancel ? (
              <StaffForm action={`/dashboard/payments/${transaction.id}/cancel`} csrf={staff.csrf} back={back}>
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
              <StaffForm action={`/dashboard/payments/${transaction.id}/blacklist`} csrf={staff.csrf} back={back}>
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
      ) : null}

      <section className="bo-card" aria-labelledby="refunds">
        <h2 id="refunds">Refunds</h2>
        {transaction.refunds.length === 0 ? (
          <p className="bo-hint">No refunds.</p>
        ) : (
          <table data-testid="refunds">
            <caption className="visually-hidden">Refunds of this payment, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Refund id</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Status</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {transaction.refunds.map((refund) => (
                <tr key={refund.id}>
                  <td>{formatDateTime(refund.createdAt)}</td>
                  <td>
                    <code>{refund.id}</code>
                  </td>
                  <td className="num">{money(refund.amount)}</td>
                  <td>{refund.status === "succeeded" ? "Succeeded" : "Failed"}</td>
                  <td>{refund.reason ?? <span className="bo-hint">none</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="bo-card" aria-labelledby="webhooks">
        <h2 id="webhooks">Webhook deliveries</h2>
        {deliveries.length === 0 ? (
          <p className="bo-hint">No webhook deliveries: no endpoint was subscribed to this payment&apos;s events.</p>
        ) : (
          <table data-testid="webhook-deliveries">
            <caption className="visually-hidden">Webhook deliveries of this payment&apos;s events</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Endpoint</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Attempts
                </th>
                <th scope="col">Last attempt</th>
                <th scope="col">Last status code</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <td>
                    <code>{delivery.eventType}</code>
                  </td>
                  <td className="bo-link-url">{delivery.url}</td>
                  <td>
                    <span className={`bo-status ${delivery.status === "succeeded" ? "bo-status-ok" : delivery.status === "failed" ? "bo-status-bad" : ""}`.trim()}>
                      {delivery.status === "succeeded" ? "Delivered" : delivery.status === "failed" ? "Failed" : "Pending"}
                    </span>
                  </td>
                  <td className="num">{delivery.attempts}</td>
                  <td>{delivery.lastAttemptAt ? formatDateTime(delivery.lastAttemptAt) : <span className="bo-hint">not yet</span>}</td>
                  <td>{delivery.lastStatusCode ?? <span className="bo-hint">none</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function Figure({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
