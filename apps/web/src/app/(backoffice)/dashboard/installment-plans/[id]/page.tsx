import { getInstallmentPlan } from "@jeton/core";
import Link from "next/link";
import { formatMoney } from "@/backoffice/format-money";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";
import { RecurringChargesTable } from "../../recurring-charges-table";

export const dynamic = "force-dynamic";

// GET /dashboard/installment-plans/{id} – one plan: every instalment, its date, amount, attempts and payment (every role may look).
export default async function InstallmentPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { context, staff } = await requireStaff();
  const { id } = await params;
  const plan = await orNotFound(() => getInstallmentPlan(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, installmentPlanId: id }));
  return (
    <>
      <p>
        <Link href="/dashboard/subscriptions">← Subscriptions and instalments</Link>
      </p>
      <h1>
        Instalment plan {plan.merchantReference ?? plan.id} <span data-testid="plan-status">{plan.status}</span>
      </h1>
      <p>
        {formatMoney(plan.totalAmount, plan.currency)} in {plan.count} ({plan.interval}ly), customer {plan.customerId}
        {plan.paymentRequestId ? `, from payment request ${plan.paymentRequestId}` : ""}.
      </p>
      <RecurringChargesTable charges={plan.installments} amount={0} />
    </>
  );
}
