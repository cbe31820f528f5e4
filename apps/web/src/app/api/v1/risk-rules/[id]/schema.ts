import { riskActions, riskCondition } from "@jeton/core";
import { z } from "zod";

/** POST /api/v1/risk-rules/{id}: any of the fields; `action: null` removes the action. The result is validated whole. */
export const updateRiskRuleBody = z.strictObject({
  name: z.string().trim().min(1).max(100).optional(),
  conditions: z.array(riskCondition).min(1).max(10).optional(),
  action: z.enum(riskActions).nullable().optional(),
  score: z.number().int().min(0).max(100).optional(),
  enabled: z.boolean().optional(),
});
