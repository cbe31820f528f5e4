import { hasRole, isAppError, listPaymentRequests } from "@jeton/core";
import Link from "next/link";
import { firstParam } from "@/backoffice/first-param";
import { FilterSelect } from "@/backoffice/filter-select";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { PaymentLinkStatus, paymentLinkStatusLabels } from "@/backoffice/payment-link-status";
import { requireStaff } from "@/server/backoffice/require-staff";
import { paymentRequestsSearchQuery, searchParamsOf, toListFilters } from "./search-query";

export const dynamic = "force-dynamic";

const fieldLabels: Record<string, string> = { q: "Search", status: "Status", source: "Made", after: "Page" };

// GET /dashboard/links – every payment request of the merchant, made here (payment links) or through the API, newest first,
// searched by reference, customer email or id and filtered by status (every role may look).
export default async function PaymentLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([name, value]) => [name, firstParam(value)]));
  const parsed = paymentRequestsSearchQuery.safeParse(raw);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${fieldLabels[String(issue.path[0])] ?? "A field"}: ${issue.message}.`);
  let page: Awaited<ReturnType<typeof listPaymentRequests>> | null = null;
  if (parsed.success) {
    try {
      page = await listPaymentRequests(context, { merchantId: staff.merchantId, mode: staff.mode, limit: 25, ...toListFilters(parsed.data) });
    } catch (error) {
      // A cursor of another merchant or mode, or one made up: there is no such page.
      if (!isAppError(error) || error.code !== "resource_not_found") throw error;
      problems.push("This page of results no longer exists; start the search again.");
    }
  }
  const keep = parsed.success ? searchParamsOf(parsed.data) : new URLSearchParams();
  const rows = page?.data ?? [];
  const last = rows.at(-1);
  const older = page?.hasMore && last ? `/dashboard/links?${new URLSearchParams([...keep, ["after", last.id]])}` : null;
  const value = (name: string) => (typeof raw[name] === "string" ? raw[name] : "");
  const filtered = keep.size > 0;

  return (
    <>
      <h1>Payment links</h1>
      <FlashMessage notice={raw.notice} error={raw.error} />
      <p className="bo-hint">
        A payment link is a payment page you send to a customer (by email, SMS, chat or as a QR code). Requests made through the API are listed
        too, and can be sent the same way. {staff.mode === "live" ? "Live" : "Test"} data.
      </p>
      {hasRole(staff.role, "admin") ? (
        <p>
          <Link className="bo-button" href="/dashboard/links/new">
            New payment link
          </Link>
        </p>
      ) : null}
      <form method="get" action="/dashboard/links" className="bo-card" role="search" aria-label="Search payment requests">
        <div className="bo-filters">
          <div className="bo-field">
            <label htmlFor="f-q">Reference, customer email or id</label>
            <input id="f-q" name="q" type="search" maxLength={254} defaultValue={value("q")} />
          </div>
          <FilterSelect id="f-status" name="status" label="Status" value={value("status")} options={Object.entries(paymentLinkStatusLabels)} />
          <FilterSelect
            id="f-source"
            name="source"
            label="Made"
            value={value("source")}
            anyLabel="Anywhere"
            options={[
              ["staff", "In the back-office"],
              ["api", "Through the API"],
            ]}
          />
        </div>
        <p className="bo-actions">
          <button type="submit">Search</button>
          {filtered ? <Link href="/dashboard/links">Clear</Link> : null}
        </p>
      </form>
      {problems.length > 0 ? (
        <div className="bo-error" role="alert">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : rows.length === 0 ? (
        <p className="bo-card">{raw.after ? "No older payment requests." : filtered ? "No payment request matches." : "No payment links yet."}</p>
      ) : (
        <table data-testid="payment-links">
          <caption className="visually-hidden">Payment requests, newest first</caption>
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
            {rows.map((link) => (
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
                    Details<span className="visually-hidden"> of the request {link.merchantReference ?? link.id}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="bo-actions" aria-label="Pages">
        {raw.after ? <Link href={`/dashboard/links${keep.size > 0 ? `?${keep}` : ""}`}>Newest requests</Link> : null}
        {older ? <Link href={older}>Older requests</Link> : null}
      </nav>
    </>
  );
}
