import { hasRole, isAppError, listBlacklistedCards } from "@jeton/core";
import Link from "next/link";
import { brandName } from "@/backoffice/card-label";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { RowActionForm } from "@/backoffice/row-action-form";
import { requireStaff } from "@/server/backoffice/require-staff";
import { firstParam } from "@/backoffice/first-param";

export const dynamic = "force-dynamic";

// GET /dashboard/payments/blacklist – the cards refused before authorization (every role may look; admins remove).
export default async function BlacklistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const after = firstParam(query.after);
  let page;
  try {
    page = await listBlacklistedCards(context, { merchantId: staff.merchantId, startingAfter: after, limit: 50 });
  } catch (error) {
    if (isAppError(error) && error.code === "resource_not_found") page = { data: [], hasMore: false };
    else throw error;
  }
  const canRemove = hasRole(staff.role, "admin");
  const last = page.data.at(-1);

  return (
    <>
      <p>
        <Link href="/dashboard/payments">← Payments</Link>
      </p>
      <h1>Card blacklist</h1>
      <FlashMessage notice={query.notice} error={query.error} />
      <p className="bo-hint">
        A blacklisted card&apos;s payments are recorded as blocked before 3-D Secure and authorization, in test and live data alike. Add a card
        from one of its payments.
      </p>
      {page.data.length === 0 ? (
        <p className="bo-card">{after ? "No more cards." : "No card is on the blacklist."}</p>
      ) : (
        <table data-testid="blacklist">
          <caption className="visually-hidden">Blacklisted cards, most recently added first</caption>
          <thead>
            <tr>
              <th scope="col">Added</th>
              <th scope="col">Card</th>
              <th scope="col">Reason</th>
              <th scope="col">From payment</th>
              {canRemove ? <th scope="col">Action</th> : null}
            </tr>
          </thead>
          <tbody>
            {page.data.map((card) => (
              <tr key={card.id}>
                <td>{formatDateTime(card.createdAt)}</td>
                <td>
                  {brandName(card.brand)} {card.masked}
                </td>
                <td>{card.reason ?? <span className="bo-hint">none</span>}</td>
                <td>
                  {card.sourceTransactionId ? (
                    <Link href={`/dashboard/payments/${card.sourceTransactionId}`}>{card.sourceTransactionId}</Link>
                  ) : (
                    <span className="bo-hint">none</span>
                  )}
                </td>
                {canRemove ? (
                  <td>
                    <RowActionForm
                      action="/dashboard/payments/blacklist/remove"
                      csrf={staff.csrf}
                      back="/dashboard/payments/blacklist"
                      field="card"
                      value={card.id}
                      question={`Take ${brandName(card.brand)} ${card.masked} off the blacklist? Its next payments will be accepted again.`}
                      confirmLabel="Remove"
                      label="Remove"
                      item={card.masked}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.hasMore && last ? (
        <nav aria-label="Pages">
          <Link href={`/dashboard/payments/blacklist?after=${encodeURIComponent(last.id)}`}>More cards</Link>
        </nav>
      ) : null}
    </>
  );
}
