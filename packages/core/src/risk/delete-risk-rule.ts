import { type Database, schema } from "@jeton/db";
import { recordAuditEntry } from "../audit/record-audit-entry";
import type { Clock } from "../clock/clock";
import { findScoped, ownedWhere, type MerchantScope } from "../scope";
import type { RiskRuleActor } from "./risk-rule-actor";
import type { DeletedRiskRuleView } from "./risk-rule-view";

/** Deletes a rule; the ones after it move up. Past assessments keep what it saw. */
export async function deleteRiskRule(
  deps: { db: Database; clock: Clock },
  scope: MerchantScope,
  id: string,
  actor: RiskRuleActor | null,
): Promise<DeletedRiskRuleView> {
  return deps.db.transaction(async (db) => {
    const { riskRules } = schema;
    const row = await findScoped(db, riskRules, scope, id, { what: "risk rule", prefix: "rr", lock: "update" });
    await db.delete(riskRules).where(ownedWhere(riskRules, scope, id));
    if (actor) await recordAuditEntry({ db, clock: deps.clock }, { merchantId: scope.merchantId, ...actor, action: "risk_rule.delete", targetType: "risk_rule", targetId: id, mode: scope.mode, outcome: "success", details: { name: row.name, rule: row.definition } });
    return { object: "risk_rule", id, deleted: true };
  });
}
