import { riskRuleInput } from "@jeton/core";

/** POST /api/v1/risk-rules: core's rule language, as is (docs/risk.md). */
export const createRiskRuleBody = riskRuleInput;
