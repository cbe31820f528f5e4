import type { schema } from "@jeton/db";
import { z } from "zod";
import { riskActions, riskCondition, riskRuleDefinition } from "./risk-rule";
import { modeView, timestamp } from "../views/view-atoms";

type Row = typeof schema.riskRules.$inferSelect;

/** A merchant's risk rule as the API and the back-office show it. */
export const riskRuleView = z.object({
  object: z.literal("risk_rule"),
  /** `rr_…` */
  id: z.string(),
  name: z.string(),
  /** 1-based place in the evaluation order (the platform's defaults run after all of them). */
  position: z.number().int(),
  enabled: z.boolean(),
  conditions: z.array(riskCondition),
  action: z.enum(riskActions).nullable(),
  score: z.number().int(),
  mode: modeView,
  createdAt: timestamp,
  updatedAt: timestamp,
}).meta({ id: "RiskRule" });
export type RiskRuleView = z.infer<typeof riskRuleView>;

/** The answer of DELETE /api/v1/risk-rules/{id}. */
export const deletedRiskRuleView = z
  .object({ object: z.literal("risk_rule"), id: z.string(), deleted: z.literal(true) })
  .meta({ id: "DeletedRiskRule" });
export type DeletedRiskRuleView = z.infer<typeof deletedRiskRuleView>;

export function toRiskRuleView(row: Row, position: number): RiskRuleView {
  const definition = riskRuleDefinition.parse(row.definition);
  return {
    object: "risk_rule",
    id: row.id,
    name: row.name,
    position,
    enabled: row.enabled,
    conditions: definition.conditions,
    action: definition.action ?? null,
    score: definition.score ?? 0,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
