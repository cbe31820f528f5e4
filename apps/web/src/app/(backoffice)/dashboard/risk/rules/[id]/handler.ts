import { updateRiskRule } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { ruleFromForm } from "../schema";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { ruleToggleFields } from "./schema";

type Params = { id: string };

export const updateRuleOptions: StaffMutationOptions<Params> = { action: "risk_rule.update", role: "admin", target: (params) => ({ type: "risk_rule", id: params.id }) };

/** POST /dashboard/risk/rules/{id} – save the edit form (every field), or only `enabled` from the list's toggle. */
export async function updateRule({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const changes =
    fields.get("toggle") !== null
      ? { enabled: parseBody(ruleToggleFields, formObject(fields)).enabled === "on" }
      : { ...ruleFromForm(fields), action: fields.get("action") || null };
  const rule = await updateRiskRule(context, { merchantId: staff.merchantId, mode: staff.mode }, params.id, changes, null);
  return { redirect: "/dashboard/risk", notice: "rule_saved", target: { type: "risk_rule", id: rule.id }, details: { changes }, json: rule };
}
