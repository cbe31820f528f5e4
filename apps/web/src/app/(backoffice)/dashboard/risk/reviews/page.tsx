import { hasRole, listOpenReviews } from "@jeton/core";
import Link from "next/link";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// GET /dashboard/risk/reviews – payments held by a `review` risk outcome, the ones expiring first on top.
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const reviews = await listOpenReviews(context, { merchantId: staff.merchantId, mode: staff.mode });
  const canAct = hasRole(staff.role, "admin");
  return (
    <>
      <p>
        <Link href="/dashboard/risk">← Risk rules</Link>
      </p>
      <h1>Review queue</h1>
      <FlashMessage notice={first(query.notice)} error={first(query.error)} />
      <p className="bo-hint">
        Authorized, capture held. Approve and the capture goes ahead; reject and the payment is canceled. Left undecided, a review expires
        at the time shown and the payment is canceled.
      </p>
      {reviews.length === 0 ? (
        <p className="bo-hint" data-testid="review-queue-empty">Nothing to review.</p>
      ) : (
        <table className="bo-table" data-testid="review-queue">
          <thead>
            <tr><th scope="col">Payment</th><th scope="col">Amount</th><th scope="col">Card</th><th scope="col">Score</th><th scope="col">Rules</th><th scope="col">Expires</th>{canAct ? <th scope="col">Decide</th> : null}</tr>
          </thead>
          <tbody>
            {reviews.map((transaction) => (
              <tr key={transaction.id} data-review={transaction.id}>
                <td><Link href={`/dashboard/payments/${transaction.id}`}>{transaction.merchantReference ?? transaction.id}</Link></td>
                <td>{formatMoney(transaction.amount, transaction.currency)}</td>
                <td>{transaction.card.brand} •••• {transaction.card.last4}{transaction.risk?.cardCountry ? ` (${transaction.risk.cardCountry})` : ""}</td>
                <td>{transaction.risk?.score ?? "–"}</td>
                <td>{transaction.risk?.rules.map((rule) => rule.name).join("; ")}</td>
                <td>{transaction.risk?.review?.expiresAt ? formatDateTime(transaction.risk.review.expiresAt) : "–"}</td>
                {canAct ? (
                  <td className="bo-inline">
                    <StaffForm action={`/dashboard/payments/${transaction.id}/review`} csrf={staff.csrf} back="/dashboard/risk/reviews" className="bo-inline">
                      <input type="hidden" name="decision" value="approve" />
                      <button type="submit" aria-label={`Approve ${transaction.id}`}>Approve</button>
                    </StaffForm>
                    <StaffForm action={`/dashboard/payments/${transaction.id}/review`} csrf={staff.csrf} back="/dashboard/risk/reviews" className="bo-inline">
                      <input type="hidden" name="decision" value="reject" />
                      <ConfirmSubmit question={`Reject payment ${transaction.id}? It is canceled.`} confirmLabel="Reject" danger>Reject</ConfirmSubmit>
                    </StaffForm>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
