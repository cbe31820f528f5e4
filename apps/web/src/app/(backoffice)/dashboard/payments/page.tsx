import { hasRole, isAppError, listTransactions } from "@jeton/core";
import Link from "next/link";
import { brandName, cardLabel } from "@/backoffice/card-label";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { currencyCodes } from "@/backoffice/currency-options";
import { FilterSelect } from "@/backoffice/filter-select";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { StaffForm } from "@/backoffice/staff-form";
import { transactionStatusLabels, TransactionStatusBadge } from "@/backoffice/transaction-status-badge";
import { requireStaff } from "@/server/backoffice/require-staff";
import { cardBrands, paymentsSearchQuery, searchParamsOf, toListFilters } from "./search-query";
import { firstParam } from "@/backoffice/first-param";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;
const fieldLabels: Record<string, string> = {
  from: "From",
  to: "To",
  reference: "Reference",
  amount: "Amount",
  amountMin: "Minimum amount",
  amountMax: "Maximum amount",
  currency: "Currency",
  email: "Customer email",
  status: "Status",
  last4: "Card last 4",
  brand: "Card brand",
  after: "Page",
  before: "Page",
};

// GET /dashboard/payments – search the merchant's payments (every role may look).
export default async function PaymentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([name, value]) => [name, firstParam(value)]));
  const parsed = paymentsSearchQuery.safeParse(raw);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${fieldLabels[String(issue.path[0])] ?? "A field"}: ${issue.message}.`);

  let page: Awaited<ReturnType<typeof listTransactions>> | null = null;
  if (parsed.success) {
    try {
      page = await listTransactions(context, { merchantId: staff.merchantId, mode: staff.mode, limit: PAGE_SIZE, ...toListFilters(parsed.data) });
    } catch (error) {
      // A cursor of another merchant or mode, or one made up: there is no such page.
      if (!isAppError(error) || error.code !== "resource_not_found") throw error;
      problems.push("This page of results no longer exists; start the search again.");
    }
  }
  const query = parsed.success ? parsed.data : {};
  const keep = parsed.success ? searchParamsOf(parsed.data) : new URLSearchParams();
  const link = (cursor: "after" | "before", id: string) => {
    const params = new URLSearchParams(keep);
    params.set(cursor, id);
    return `/dashboard/payments?${params}`;
  };
  const rows = page?.data ?? [];
  const paging = parsed.success && page ? pagingOf(parsed.data, page.hasMore) : { newer: false, older: false };
  const value = (name: keyof typeof fieldLabels) => (typeof raw[name] === "string" ? raw[name] : "");

  return (
    <>
      <h1>Payments</h1>
      <FlashMessage notice={raw.notice} error={raw.error} />
      <p className="bo-hint">
        {staff.mode === "live" ? "Live" : "Test"} data. Dates are UTC days, both included. <Link href="/dashboard/payments/blacklist">Card blacklist</Link>
      </p>

      <form method="get" action="/dashboard/payments" className="bo-card" role="search" aria-label="Search payments">
        <div className="bo-filters">
          <div className="bo-field">
            <label htmlFor="f-from">From</label>
            <input id="f-from" name="from" type="date" defaultValue={value("from")} />
          </div>
          <div className="bo-field">
            <label htmlFor="f-to">To</label>
            <input id="f-to" name="to" type="date" defaultValue={value("to")} />
          </div>
          <div className="bo-field">
            <label htmlFor="f-reference">Reference</label>
            <input id="f-reference" name="reference" maxLength={64} defaultValue={value("reference")} />
          </div>
          <div className="bo-field">
            <label htmlFor="f-amount">Amount</label>
            <input id="f-amount" name="amount" inputMode="decimal" size={10} placeholder="12.50" defaultValue={value("amount")} aria-describedby="f-amount-hint" />
          </div>
          <div className="bo-field">
            <label htmlFor="f-amount-min">Amount from</label>
            <input id="f-amount-min" name="amountMin" inputMode="decimal" size={10} defaultValue={value("amountMin")} aria-describedby="f-amount-hint" />
          </div>
          <div className="bo-field">
            <label htmlFor="f-amount-max">Amount to</label>
            <input id="f-amount-max" name="amountMax" inputMode="decimal" size={10} defaultValue={value("amountMax")} aria-describedby="f-amount-hint" />
          </div>
          <FilterSelect id="f-currency" name="currency" label="Currency" value={value("currency")} options={currencyCodes.map((code) => [code, code])} />
          <div className="bo-field">
            <label htmlFor="f-email">Customer email</label>
            <input id="f-email" name="email" type="email" defaultValue={value("email")} />
          </div>
          <FilterSelect id="f-status" name="status" label="Status" value={value("status")} options={Object.entries(transactionStatusLabels)} />
          <div className="bo-field">
            <label htmlFor="f-last4">Card last 4</label>
            <input id="f-last4" name="last4" inputMode="numeric" pattern="\d{4}" maxLength={4} size={5} defaultValue={value("last4")} />
          </div>
          <FilterSelect id="f-brand" name="brand" label="Card brand" value={value("brand")} options={cardBrands.map((brand) => [brand, brandName(brand)])} />
          <div className="bo-field bo-actions">
            <button type="submit">Search</button>
            <Link className="bo-button bo-secondary" href="/dashboard/payments">
              Clear
            </Link>
          </div>
        </div>
        <p id="f-amount-hint" className="bo-hint">
          Amounts in the currency&apos;s units (12.50 EUR, 1.250 TND, 1200 JPY); choose the currency with an amount.
        </p>
      </form>

      {problems.length > 0 ? (
        <div className="bo-error" role="alert">
          <p>The search could not run:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {page && rows.length === 0 ? (
        <p className="bo-card" data-testid="payments-empty">
          {query.after || query.before ? "No more payments on this side." : "No payment matches this search."}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <table data-testid="payments">
          <caption className="visually-hidden">Payments, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Reference</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Status</th>
              <th scope="col">Card</th>
              <th scope="col">Customer email</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((transaction) => (
              <tr key={transaction.id} data-transaction-id={transaction.id}>
                <td>{formatDateTime(transaction.createdAt)}</td>
                <td>
                  <Link href={`/dashboard/payments/${transaction.id}`}>
                    {transaction.merchantReference ?? <span className="bo-hint">{transaction.id}</span>}
                  </Link>
                </td>
                <td className="num">{formatMoney(transaction.amount, transaction.currency)}</td>
                <td>
                  <TransactionStatusBadge status={transaction.status} />
                </td>
                <td>{cardLabel(transaction.card)}</td>
                <td>{transaction.customerEmail ?? <span className="bo-hint">none</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {rows.length > 0 ? (
        <nav className="bo-actions" aria-label="Pages of results">
          {paging.newer ? <Link href={link("before", rows[0]!.id)}>Previous page</Link> : null}
          {paging.older ? <Link href={link("after", rows.at(-1)!.id)}>Next page</Link> : null}
        </nav>
      ) : null}

      {staff.mode === "test" && hasRole(staff.role, "admin") ? (
        <section className="bo-card" aria-labelledby="settle-test">
          <h2 id="settle-test">Test settlement</h2>
          <p className="bo-hint">
            Live payments are settled by the daily cut-off. In test data you can run it now, for this merchant&apos;s test payments only, to try
            refunds (only a settled payment can be refunded).
          </p>
          <StaffForm action="/dashboard/payments/settle-test" csrf={staff.csrf} back="/dashboard/payments">
            <ConfirmSubmit question="Settle all captured test payments now? They can then be refunded, no longer canceled." confirmLabel="Settle test payments">
              Run test settlement now
            </ConfirmSubmit>
          </StaffForm>
        </section>
      ) : null}
    </>
  );
}

/** Which neighbours a page has: newest-first pages, walked with `after` (older) or `before` (newer) cursors. */
function pagingOf(query: { after?: string | undefined; before?: string | undefined }, hasMore: boolean): { newer: boolean; older: boolean } {
  if (query.before) return { newer: hasMore, older: true };
  if (query.after) return { newer: true, older: hasMore };
  return { newer: false, older: hasMore };
}
