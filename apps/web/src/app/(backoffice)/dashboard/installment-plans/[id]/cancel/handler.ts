import { cancelInstallmentPlan } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };

export const cancelInstallmentPlanOptions: StaffMutationOptions<Params> = {
  action: "installment_plan.cancel",
  role: "admin",
  target: (params) => ({ type: "installment_plan", id: params.id }),
};

/** POST /dashboard/installment-plans/{id}/cancel – the instalments not yet paid are skipped, with the API's cancelInstallmentPlan. */
export async function cancelInstallmentPlanAction({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const plan = await cancelInstallmentPlan(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, installmentPlanId: params.id });
  const skipped = plan.installments.filter((i) => i.status === "skipped").length;
  return {
    redirect: `/dashboard/installment-plans/${plan.id}`,
    notice: "installment_plan_canceled",
    target: { type: "installment_plan", id: plan.id },
    details: { skipped },
    json: { status: plan.status, skipped },
  };
}
