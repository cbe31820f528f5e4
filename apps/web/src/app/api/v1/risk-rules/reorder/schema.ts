import { z } from "zod";

/** POST /api/v1/risk-rules/reorder: every rule's id, in the new evaluation order. */
export const reorderRiskRulesBody = z.strictObject({
  ids: z.array(z.string().max(64)).max(100),
});
