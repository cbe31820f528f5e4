import { listCustomers } from "@jeton/core";
import Link from "next/link";
import { firstParam } from "@/backoffice/first-param";
import { formatDateTime } from "@/backoffice/format-date-time";
import { MetadataList } from "@/backoffice/metadata-section";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

// GET /dashboard/customers – the customers of the current mode, newest first, 25 a page, by email (every role may look).
// The API's own listCustomers: the same scope, order and cursor as GET /api/v1/customers.
export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const email = firstParam(query.email)?.trim().slice(0, 254) || undefined;
  const after = firstParam(query.after)?.slice(0, 100) || undefined;
  // An unknown or foreign cursor is the same 404 as an unknown page.
  const page = await orNotFound(() => listCustomers(context, { merchantId: staff.merchantId, mode: staff.mode, limit: 25, email, startingAfter: after }));
  const older = page.nextCursor ? `?${new URLSearchParams({ ...(email ? { email } : {}), after: page.nextCursor })}` : null;
  return (
    <>
      <h1>Customers</h1>
      <form method="get" className="bo-filters" role="search" aria-label="Search customers">
        <div className="bo-field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" defaultValue={email ?? ""} maxLength={254} />
        </div>
        <button type="submit">Search</button>
      </form>
      <table className="bo-table" data-testid="customers">
        <caption className="visually-hidden">Customers, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Email</th>
            <th scope="col">Reference</th>
            <th scope="col">Description</th>
            <th scope="col">Metadata</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {page.data.map((customer) => (
            <tr key={customer.id}>
              <td>
                <Link href={`/dashboard/customers/${customer.id}`}>{customer.name ?? customer.id}</Link>
              </td>
              <td>{customer.email ?? <span className="bo-hint">none</span>}</td>
              <td>{customer.merchantReference ?? <span className="bo-hint">none</span>}</td>
              <td>{customer.description ?? <span className="bo-hint">none</span>}</td>
              <td>
                <MetadataList metadata={customer.metadata} />
              </td>
              <td>{formatDateTime(customer.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.data.length === 0 ? <p className="bo-hint">No customer matches.</p> : null}
      {older ? (
        <p className="bo-pager">
          <Link href={`/dashboard/customers${older}`}>Older customers</Link>
        </p>
      ) : null}
    </>
  );
}
