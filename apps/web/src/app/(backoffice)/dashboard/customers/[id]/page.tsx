import { getCustomer } from "@jeton/core";
import Link from "next/link";
import { cardLabel } from "@/backoffice/card-label";
import { formatDateTime } from "@/backoffice/format-date-time";
import { MetadataSection } from "@/backoffice/metadata-section";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

// GET /dashboard/customers/{id} – one customer: who, its description and metadata, its saved cards (every role may look).
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { context, staff } = await requireStaff();
  const { id } = await params;
  // Unknown, deleted, another merchant's or the other mode's: the same 404.
  const customer = await orNotFound(() => getCustomer(context, { merchantId: staff.merchantId, mode: staff.mode, customerId: id }));
  return (
    <>
      <p>
        <Link href="/dashboard/customers">← Customers</Link>
      </p>
      <h1>Customer {customer.name ?? customer.email ?? customer.id}</h1>
      <div className="bo-grid">
        <section className="bo-card" aria-labelledby="customer-details">
          <h2 id="customer-details">Details</h2>
          <dl className="bo-figures">
            <dt>Id</dt>
            <dd>
              <code>{customer.id}</code>
            </dd>
            <dt>Email</dt>
            <dd>{customer.email ?? "none"}</dd>
            <dt>Reference</dt>
            <dd>{customer.merchantReference ?? "none"}</dd>
            <dt>Created</dt>
            <dd>{formatDateTime(customer.createdAt)}</dd>
          </dl>
          <p>
            <Link href={`/dashboard/subscriptions?customer=${customer.id}`}>Subscriptions of this customer</Link>
          </p>
        </section>
        <MetadataSection description={customer.description} metadata={customer.metadata} />
      </div>
      <section className="bo-card" aria-labelledby="customer-cards">
        <h2 id="customer-cards">Saved cards</h2>
        {customer.cards.length === 0 ? (
          <p className="bo-hint">No saved card.</p>
        ) : (
          <table data-testid="customer-cards">
            <thead>
              <tr>
                <th scope="col">Card</th>
                <th scope="col">Expires</th>
                <th scope="col">Holder</th>
                <th scope="col">Saved</th>
              </tr>
            </thead>
            <tbody>
              {customer.cards.map((card) => (
                <tr key={card.id}>
                  <td>{cardLabel(card)}</td>
                  <td>
                    {String(card.expMonth).padStart(2, "0")}/{card.expYear}
                  </td>
                  <td>{card.holderName ?? <span className="bo-hint">none</span>}</td>
                  <td>{formatDateTime(card.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
