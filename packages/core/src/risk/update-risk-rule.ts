import { type Database, schema } from "@jeton/db";
import { recordAuditEntry } from "../audit/record-audit-entry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { findScoped, ownedWhere, type MerchantScope } from "../scope";
import { getRiskRule } from "./get-risk-rule";
import { definitionOf, parseRiskRule } from "./parse-risk-rule";
import { riskRuleDefinition } from "./risk-rule";
import type { RiskRuleActor } from "./risk-rule-actor";
import type { RiskRuleView } from "./risk-rule-view";

const FIELDS = new Set(["name", "conditions", "action", "score", "enabled"]);

/**
 * Changes some of a rule's fields (`action: null` removes its action). The
 * rule that results is validated whole, so a change can never leave an
 * invalid rule behind; nothing is stored when it is refused.
 */
export async function updateRiskRule(
  deps: { db: Database; clock: Clock },
  scope: MerchantScope,
  id: string,
  changes: unknown,
  actor: RiskRuleActor | null,
): Promise<RiskRuleView> {
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) throw new AppError("parameter_invalid", "The body must be an object.");
  const unknown = Object.keys(changes).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) throw new AppError("parameter_invalid", `Unknown parameter: ${unknown.join(", ")}`, { param: unknown[0]! });
  return deps.db.transaction(async (db) => {
    const { riskRules } = schema;
    const row = await findScoped(db, riskRules, scope, id, { what: "risk rule", prefix: "rr", lock: "update" });
    const current = riskRuleDefinition.parse(row.definition);
    const merged: Record<string, unknown> = { name: row.name, enabled: row.enabled, ...current, ...changes };
    if (merged.action === null) delete merged.action;
    const rule = parseRiskRule(merged);
    await db
      .update(riskRules)
      .set({ name: rule.name, enabled: rule.enabled ?? true, definition: definitionOf(rule), updatedAt: deps.clock.now() })
      .where(ownedWhere(riskRules, scope, id));
    if (actor) await recordAuditEntry({ db, clock: deps.clock }, { merchantId: scope.merchantId, ...actor, action: "risk_rule.update", targetType: "risk_rule", targetId: id, mode: scope.mode, outcome: "success", details: { changes: changes as Record<string, unknown> } });
    return getRiskRule({ db }, scope, id);
  });
}
