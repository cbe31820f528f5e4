import { AppError } from "@jeton/core";

/**
 * The rule form's fields as the rule language's input: name, conditions (a
 * JSON array, docs/risk.md), action (empty: score only), score, enabled.
 * JSON that does not parse is a `parameter_invalid` on `conditions`; core
 * validates the rest and names the field at fault.
 */
export function ruleFromForm(fields: URLSearchParams): Record<string, unknown> {
  const text = fields.get("conditions") ?? "";
  let conditions: unknown;
  try {
    conditions = JSON.parse(text);
  } catch {
    throw new AppError("parameter_invalid", "conditions must be a JSON array of conditions.", { param: "conditions" });
  }
  const action = fields.get("action") || undefined;
  const score = fields.get("score");
  return {
    name: fields.get("name") ?? "",
    conditions,
    ...(action ? { action } : {}),
    ...(score ? { score: /^\d{1,3}$/.test(score) ? Number(score) : score } : {}),
    enabled: fields.get("enabled") === "on",
  };
}
