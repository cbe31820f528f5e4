import { createRiskRule } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { ruleFromForm } from "./schema";

export const createRuleOptions: StaffMutationOptions<Record<string, never>> = { action: "risk_rule.create", role: "admin" };

/** POST /dashboard/risk/rules – add a rule at the end of the order (validated by core; a bad field comes back as ?error=&param=). */
export async function createRule({ context, staff, fields }: StaffMutationInput<Record<string, never>>): Promise<StaffMutationOutcome> {
  const input = ruleFromForm(fields);
  const rule = await createRiskRule(context, { merchantId: staff.merchantId, mode: staff.mode }, input, null);
  return { redirect: "/dashboard/risk", notice: "rule_created", target: { type: "risk_rule", id: rule.id }, details: { rule: input }, json: rule };
}
