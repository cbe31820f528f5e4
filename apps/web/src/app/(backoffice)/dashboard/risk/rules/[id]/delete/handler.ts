import { deleteRiskRule } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };

export const deleteRuleOptions: StaffMutationOptions<Params> = { action: "risk_rule.delete", role: "admin", target: (params) => ({ type: "risk_rule", id: params.id }) };

/** POST /dashboard/risk/rules/{id}/delete – delete a risk rule. */
export async function deleteRule({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  await deleteRiskRule(context, { merchantId: staff.merchantId, mode: staff.mode }, params.id, null);
  return { redirect: "/dashboard/risk", notice: "rule_deleted", target: { type: "risk_rule", id: params.id } };
}
