import type { TransactionDetail } from "@jeton/core";
import Link from "next/link";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { formatDateTime } from "@/backoffice/format-date-time";
import { StaffForm } from "@/backoffice/staff-form";
import { Figure } from "./figure";

const riskOutcomeLabels: Record<string, string> = { allow: "Allowed", require_3ds: "3-D Secure required", review: "Held for review", block: "Blocked" };
const reviewLabels: Record<string, string> = { open: "Waiting for a decision", approved: "Approved", rejected: "Rejected (canceled)", expired: "Expired (rejected, canceled)" };

function riskRuleLabel(rule: string | null): string {
  if (rule === null) return "no rule";
  if (rule === "blacklist") return "Card blacklist";
  if (rule === "score") return "The score thresholds";
  if (rule === "engine_error") return "Risk engine failure (held for review)";
  return rule;
}

/**
 * The risk assessment (score, outcome, rules fired and what they saw, the review) and, for admins and
 * owners (`csrf` given), approve/reject while the review is open.
 */
export function RiskSection({ transaction, csrf }: { transaction: TransactionDetail; csrf: string | null }) {
  const back = `/dashboard/payments/${transaction.id}`;
  const risk = transaction.risk;
  return (
    <section className="bo-card" aria-labelledby="risk">
      <h2 id="risk">Risk</h2>
      {risk ? (
        <>
          <dl className="bo-figures" data-testid="risk">
            <Figure term="Outcome">{riskOutcomeLabels[risk.outcome]}</Figure>
            <Figure term="Score">{risk.score} / 100</Figure>
            <Figure term="Decided by">{riskRuleLabel(risk.rule)}</Figure>
            <Figure term="Card country">
              {risk.cardCountry ?? "unknown"}
              {risk.cardFunding ? ` (${risk.cardFunding})` : ""}
            </Figure>
            <Figure term="Customer's address country">{risk.ipCountry ?? "unknown"}</Figure>
            {risk.review ? (
              <Figure term="Review">
                <span data-testid="review-status">{reviewLabels[risk.review.status]}</span>
                {risk.review.status === "open" && risk.review.expiresAt ? ` (rejected automatically at ${formatDateTime(risk.review.expiresAt)})` : ""}
              </Figure>
            ) : null}
            {risk.blacklistedAt ? <Figure term="Card blacklisted">{formatDateTime(risk.blacklistedAt)}</Figure> : null}
            {risk.sourceTransactionId ? (
              <Figure term="Blacklisted from">
                <Link href={`/dashboard/payments/${risk.sourceTransactionId}`}>{risk.sourceTransactionId}</Link>
              </Figure>
            ) : null}
          </dl>
          {risk.rules.length > 0 ? (
            <table className="bo-table" data-testid="risk-rules">
              <thead>
                <tr>
                  <th scope="col">Rule that fired</th>
                  <th scope="col">Action</th>
                  <th scope="col">Score</th>
                  <th scope="col">What it saw</th>
                </tr>
              </thead>
              <tbody>
                {risk.rules.map((rule) => (
                  <tr key={rule.id}>
                    <td>{rule.name}</td>
                    <td>{rule.action ? riskOutcomeLabels[rule.action] : "score only"}</td>
                    <td>{rule.score}</td>
                    <td>
                      <code>{rule.signals.map((signal) => JSON.stringify(signal)).join(" · ")}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="bo-hint">No risk rule fired.</p>
          )}
          {risk.review?.status === "open" && csrf ? (
            <div className="bo-inline" data-testid="review-actions">
              <StaffForm action={`/dashboard/payments/${transaction.id}/review`} csrf={csrf} back={back} className="bo-inline">
                <input type="hidden" name="decision" value="approve" />
                <button type="submit">Approve (capture goes ahead)</button>
              </StaffForm>
              <StaffForm action={`/dashboard/payments/${transaction.id}/review`} csrf={csrf} back={back} className="bo-inline">
                <input type="hidden" name="decision" value="reject" />
                <ConfirmSubmit question="Reject this payment? Its authorization is canceled and the customer is not charged." confirmLabel="Reject" danger>
                  Reject (cancel the payment)
                </ConfirmSubmit>
              </StaffForm>
            </div>
          ) : null}
        </>
      ) : (
        <p className="bo-hint">Not assessed (a payment from before the risk engine).</p>
      )}
    </section>
  );
}
