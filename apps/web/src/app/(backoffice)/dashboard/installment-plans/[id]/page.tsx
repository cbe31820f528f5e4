import { getInstallmentPlan, hasRole } from "@jeton/core";
import Link from "next/link";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { firstParam } from "@/backoffice/first-param";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatMoney } from "@/backoffice/format-money";
import { StaffForm } from "@/backoffice/staff-form";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";
import { RecurringChargesTable } from "../../recurring-charges-table";

export const dynamic = "force-dynamic";

// GET /dashboard/installment-plans/{id} – one plan: every instalment, its date, amount, attempts and payment
// (every role may look), and cancel while it is active (admin and owner).
export default async function InstallmentPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { context, staff } = await requireStaff();
  const { id } = await params;
  const query = await searchParams;
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
      <FlashMessage notice={query.notice} error={firstParam(query.error)} />
      {hasRole(staff.role, "admin") && plan.status === "active" ? (
        <section className="bo-card" aria-labelledby="actions">
          <h2 id="actions">Actions</h2>
          <StaffForm action={`/dashboard/installment-plans/${plan.id}/cancel`} csrf={staff.csrf} back={`/dashboard/installment-plans/${plan.id}`}>
            <p className="bo-hint">The instalments not yet paid are not charged; those paid stay paid (refund their payments if needed).</p>
            <ConfirmSubmit question={`Cancel instalment plan ${plan.merchantReference ?? plan.id}?`} confirmLabel="Cancel the plan" danger>
              Cancel plan
            </ConfirmSubmit>
          </StaffForm>
        </section>
      ) : null}
      <RecurringChargesTable charges={plan.installments} amount={0} />
    </>
  );
}
