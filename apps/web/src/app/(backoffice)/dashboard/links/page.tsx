import { hasRole, listPaymentLinks } from "@jeton/core";
import Link from "next/link";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { PaymentLinkStatus } from "@/backoffice/payment-link-status";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// GET /dashboard/links – the payment links made in the back-office, newest first (every role may look).
export default async function PaymentLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const after = one(query.after);
  // A cursor from another merchant or mode, or made up: there is no such page.
  const page = await orNotFound(() =>
    listPaymentLinks(context, {
      merchantId: staff.merchantId,
      mode: staff.mode,
      startingAfter: after,
      limit: 25,
    }),
  );
  const last = page.data.at(-1);

  return (
    <>
      <h1>Payment links</h1>
      <FlashMessage notice={query.notice} error={query.error} />
      <p className="bo-hint">
        A payment link is a payment page you send to a customer (by email, chat or as a QR code). {staff.mode === "live" ? "Live" : "Test"} data.
      </p>
      {hasRole(staff.role, "admin") ? (
        <p>
          <Link className="bo-button" href="/dashboard/links/new">
            New payment link
          </Link>
        </p>
      ) : null}
      {page.data.length === 0 ? (
        <p className="bo-card">{after ? "No older payment links." : "No payment links yet."}</p>
      ) : (
        <table data-testid="payment-links">
          <caption className="visually-hidden">Payment links, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Created</th>
              <th scope="col">Reference</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Customer email</th>
              <th scope="col">Status</th>
              <th scope="col">Expires</th>
              <th scope="col">Link</th>
            </tr>
          </thead>
          <tbody>
            {page.data.map((link) => (
              <tr key={link.id} data-link-id={link.id}>
                <td>{formatDateTime(link.createdAt)}</td>
                <td>{link.merchantReference ?? <span className="bo-hint">none</span>}</td>
                <td className="num">{formatMoney(link.amount, link.currency)}</td>
                <td>{link.customerEmail ?? <span className="bo-hint">none</span>}</td>
                <td>
                  <PaymentLinkStatus status={link.status} />
                </td>
                <td>{formatDateTime(link.expiresAt)}</td>
                <td>
                  <Link href={`/dashboard/links/${link.id}`}>
                    Details<span className="visually-hidden"> of the link {link.merchantReference ?? link.id}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="bo-actions" aria-label="Pages">
        {after ? <Link href="/dashboard/links">Newest links</Link> : null}
        {page.hasMore && last ? <Link href={`/dashboard/links?after=${encodeURIComponent(last.id)}`}>Older links</Link> : null}
      </nav>
    </>
  );
}
