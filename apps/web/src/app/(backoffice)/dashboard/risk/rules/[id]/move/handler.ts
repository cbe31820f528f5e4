import { AppError, listRiskRules, reorderRiskRules } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { moveRuleFields } from "./schema";

type Params = { id: string };

export const moveRuleOptions: StaffMutationOptions<Params> = { action: "risk_rule.reorder", role: "admin", target: (params) => ({ type: "risk_rule", id: params.id }) };

/** POST /dashboard/risk/rules/{id}/move – `direction=up|down`: one place earlier or later in the evaluation order. */
export async function moveRule({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const scope = { merchantId: staff.merchantId, mode: staff.mode };
  const { direction } = parseBody(moveRuleFields, formObject(fields));
  const ids = (await listRiskRules(context, scope)).data.map((rule) => rule.id);
  const from = ids.indexOf(params.id);
  if (from < 0) throw new AppError("resource_not_found", "No such risk rule.", { param: "id" });
  const to = direction === "up" ? from - 1 : from + 1;
  if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  await reorderRiskRules(context, scope, ids, null);
  return { redirect: "/dashboard/risk", notice: "rule_moved", target: { type: "risk_rule", id: params.id }, details: { direction } };
}
