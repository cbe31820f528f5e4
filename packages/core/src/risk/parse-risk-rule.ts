import { AppError } from "../errors";
import { paramOfIssue, riskRuleInput, type RiskRuleInput } from "./risk-rule";

/** A rule from the API or the back-office form: valid, or `parameter_invalid` naming the first bad field. */
export function parseRiskRule(input: unknown): RiskRuleInput {
  const result = riskRuleInput.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const param = paramOfIssue(issue.path);
  const message = issue.code === "unrecognized_keys" ? `Unknown parameter: ${issue.keys.join(", ")}` : `Invalid ${param}: ${issue.message}`;
  throw new AppError("parameter_invalid", message, { param });
}

/** What risk_rules.definition stores for a validated rule. */
export function definitionOf(rule: Pick<RiskRuleInput, "conditions" | "action" | "score">): Record<string, unknown> {
  return { conditions: rule.conditions, ...(rule.action ? { action: rule.action } : {}), ...(rule.score ? { score: rule.score } : {}) };
}
