import { listInstallmentPlans, listSubscriptions, type SubscriptionStatus } from "@jeton/core";
import { schema } from "@jeton/db";
import { FilterSelect } from "@/backoffice/filter-select";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { RecurringTable } from "@/backoffice/recurring-table";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const CUSTOMER_ID = /^cus_[A-Za-z0-9_-]{16,64}$/;

// GET /dashboard/subscriptions – subscriptions and instalment plans, searched by status, reference or customer (every role may look).
export default async function SubscriptionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const statusParam = first(query.status) ?? "";
  const status = (schema.subscriptionStatuses as readonly string[]).includes(statusParam) ? (statusParam as SubscriptionStatus) : undefined;
  const reference = first(query.reference)?.trim().slice(0, 64) || undefined;
  const customerParam = first(query.customer)?.trim() ?? "";
  const customerId = CUSTOMER_ID.test(customerParam) ? customerParam : undefined;
  const planStatuses = schema.installmentPlans.status.enumValues;
  const planStatusParam = first(query.planStatus) ?? "";
  const planStatus = (planStatuses as readonly string[]).includes(planStatusParam) ? planStatusParam : undefined;
  const scope = { merchantId: staff.merchantId, mode: staff.mode };
  const [subscriptions, plans] = await Promise.all([
    listSubscriptions(context, { scope, input: { limit: 50, status, merchantReference: reference, customerId } }),
    listInstallmentPlans(context, { scope, status: planStatus, merchantReference: reference }),
  ]);
  return (
    <>
      <h1>Subscriptions and instalments</h1>
      <form method="get" className="bo-filters" role="search" aria-label="Search subscriptions">
        <FilterSelect id="status" name="status" label="Subscription status" value={status ?? ""} options={schema.subscriptionStatuses.map((s) => [s, s])} />
        <FilterSelect id="planStatus" name="planStatus" label="Plan status" value={planStatus ?? ""} options={planStatuses.map((s) => [s, s])} />
        <div className="bo-field">
          <label htmlFor="reference">Reference</label>
          <input id="reference" name="reference" defaultValue={reference ?? ""} maxLength={64} />
        </div>
        <div className="bo-field">
          <label htmlFor="customer">Customer id</label>
          <input id="customer" name="customer" defaultValue={customerParam} maxLength={80} placeholder="cus_…" />
        </div>
        <button type="submit">Search</button>
      </form>
      {customerParam && !customerId ? <p role="alert">Customer id: not a customer id (cus_…).</p> : null}

      <h2>Subscriptions</h2>
      <RecurringTable
        title="Subscription"
        testId="subscriptions"
        rows={subscriptions.data}
        href={(s) => `/dashboard/subscriptions/${s.id}`}
        columns={[
          { header: "Amount", cell: (s) => formatMoney(s.amount, s.currency) },
          { header: "Every", cell: (s) => `${s.intervalCount} ${s.interval}` },
          {
            header: "Next charge",
            cell: (s) => (s.nextCharge?.nextAttemptAt ? `${formatDateTime(s.nextCharge.nextAttemptAt)}${s.nextCharge.status === "retrying" ? " (retry)" : ""}` : "—"),
          },
        ]}
        empty="No subscription matches."
      />

      <h2>Instalment plans</h2>
      <RecurringTable
        title="Plan"
        testId="installment-plans"
        rows={plans}
        href={(p) => `/dashboard/installment-plans/${p.id}`}
        columns={[
          { header: "Total", cell: (p) => formatMoney(p.totalAmount, p.currency) },
          { header: "Paid", cell: (p) => `${p.installments.filter((i) => i.status === "succeeded").length} / ${p.count}` },
        ]}
        empty="No instalment plan."
      />
    </>
  );
}
