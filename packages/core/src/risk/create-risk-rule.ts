import { type Database, schema } from "@jeton/db";
import { sql } from "drizzle-orm";
import { recordAuditEntry } from "../audit/record-audit-entry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import { scopedWhere, type MerchantScope } from "../scope";
import { getRiskRule } from "./get-risk-rule";
import { definitionOf, parseRiskRule } from "./parse-risk-rule";
import type { RiskRuleActor } from "./risk-rule-actor";
import type { RiskRuleView } from "./risk-rule-view";

export const MAX_RISK_RULES = 100;

/**
 * Adds a rule at the end of the scope's order. The input is validated
 * first: a malformed rule is refused naming its field, and nothing is stored.
 * The scope's rules are locked while counting and placing, so two creations
 * never share a position or pass the limit together.
 */
export async function createRiskRule(
  deps: { db: Database; clock: Clock },
  scope: MerchantScope,
  input: unknown,
  actor: RiskRuleActor | null,
): Promise<RiskRuleView> {
  const rule = parseRiskRule(input);
  return deps.db.transaction(async (db) => {
    const { riskRules } = schema;
    // The merchant row as the scope's lock: rules of one merchant are created one at a time.
    await db.execute(sql`SELECT 1 FROM merchants WHERE id = ${scope.merchantId} FOR UPDATE`);
    const [stats] = await db
      .select({ count: sql<number>`count(*)::int`, last: sql<number>`coalesce(max(${riskRules.position}), 0)::int` })
      .from(riskRules)
      .where(scopedWhere(riskRules, scope));
    if ((stats?.count ?? 0) >= MAX_RISK_RULES) {
      throw new AppError("risk_rules_limit_reached", `A merchant may have at most ${MAX_RISK_RULES} risk rules in each mode.`);
    }
    const now = deps.clock.now();
    const id = createId("rr");
    await db.insert(riskRules).values({
      id,
      merchantId: scope.merchantId,
      mode: scope.mode,
      name: rule.name,
      position: (stats?.last ?? 0) + 1,
      enabled: rule.enabled ?? true,
      definition: definitionOf(rule),
      createdAt: now,
      updatedAt: now,
    });
    if (actor) await recordAuditEntry({ db, clock: deps.clock }, { merchantId: scope.merchantId, ...actor, action: "risk_rule.create", targetType: "risk_rule", targetId: id, mode: scope.mode, outcome: "success", details: { name: rule.name, rule: definitionOf(rule), enabled: rule.enabled ?? true } });
    return getRiskRule({ db }, scope, id);
  });
}
