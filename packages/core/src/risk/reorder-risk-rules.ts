import { type Database, schema } from "@jeton/db";
import { sql } from "drizzle-orm";
import { recordAuditEntry } from "../audit/record-audit-entry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { ownedWhere, scopedWhere, type MerchantScope } from "../scope";
import type { Page } from "../pagination/list-view";
import { listRiskRules } from "./list-risk-rules";
import type { RiskRuleActor } from "./risk-rule-actor";
import type { RiskRuleView } from "./risk-rule-view";

/**
 * Sets the evaluation order: `ids` must name every rule of the scope exactly
 * once (a list made from a stale page is refused rather than half applied).
 */
export async function reorderRiskRules(
  deps: { db: Database; clock: Clock },
  scope: MerchantScope,
  ids: unknown,
  actor: RiskRuleActor | null,
): Promise<Page<RiskRuleView>> {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string") || ids.length > 100) {
    throw new AppError("parameter_invalid", "ids must be the list of the rules' ids, in the new order.", { param: "ids" });
  }
  return deps.db.transaction(async (db) => {
    const { riskRules } = schema;
    await db.execute(sql`SELECT 1 FROM merchants WHERE id = ${scope.merchantId} FOR UPDATE`);
    const rows = await db.select({ id: riskRules.id }).from(riskRules).where(scopedWhere(riskRules, scope));
    const existing = new Set(rows.map((r) => r.id));
    const given = new Set(ids as string[]);
    if (given.size !== ids.length || given.size !== existing.size || [...given].some((id) => !existing.has(id))) {
      throw new AppError("parameter_invalid", "ids must name each of the rules exactly once (list them again: they may have changed).", { param: "ids" });
    }
    for (const [index, id] of (ids as string[]).entries()) {
      await db.update(riskRules).set({ position: index + 1 }).where(ownedWhere(riskRules, scope, id));
    }
    if (actor) await recordAuditEntry({ db, clock: deps.clock }, { merchantId: scope.merchantId, ...actor, action: "risk_rule.reorder", targetType: "risk_rule", mode: scope.mode, outcome: "success", details: { ids } });
    return listRiskRules({ db }, scope);
  });
}
