import type { DatabaseExecutor } from "../events/record-event";
import type { MerchantScope } from "../scope";
import { listRiskRules } from "./list-risk-rules";
import { notFoundError } from "../scope";
import { isId } from "../ids/create-id";
import type { RiskRuleView } from "./risk-rule-view";

/** One of the scope's rules, with its position; another merchant's or mode's id is not found. */
export async function getRiskRule(deps: { db: Pick<DatabaseExecutor, "select"> }, scope: MerchantScope, id: string): Promise<RiskRuleView> {
  if (!isId("rr", id)) throw notFoundError("risk rule", id);
  // The position is the rule's place among the scope's rules: read them all (at most 100).
  const rule = (await listRiskRules(deps, scope)).data.find((r) => r.id === id);
  if (!rule) throw notFoundError("risk rule", id);
  return rule;
}
