/**
 * The rule form's condition rows (every input a string, as typed) and the
 * rule language's conditions: one row per condition, its type, then the
 * fields of that type. Browser-safe: used by the back-office rule form.
 */
export const CONDITION_TYPES = ["velocity", "amount", "card_country", "ip_country", "country_mismatch", "card_brand", "card_funding", "card_first_seen", "three_ds"] as const;

export interface ConditionRow {
  type: string;
  metric: string;
  per: string;
  windowMinutes: string;
  atLeast: string;
  currency: string;
  scope: string;
  over: string;
  /** `in` or `notIn` (countries). */
  listMode: string;
  /** Countries, brands or funding types, separated by commas or spaces. */
  list: string;
  result: string;
}

/** What the page hands the form: the rule being edited, typed, or a new one. */
export interface RuleDraft {
  name: string;
  conditions: Record<string, unknown>[];
  action: string;
  score: string;
  enabled: boolean;
}

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const number = (value: string) => (/^\s*\d+\s*$/.test(value) ? Number(value) : value);
const items = (value: string, upper: boolean) =>
  value
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((item) => (upper ? item.toUpperCase() : item.toLowerCase()));

export function rowFromCondition(condition: Record<string, unknown>): ConditionRow {
  const list = (condition.in ?? condition.notIn) as unknown;
  return {
    type: text(condition.type) || "velocity",
    metric: text(condition.metric) || "attempts",
    per: text(condition.per) || "card",
    windowMinutes: text(condition.windowMinutes) || "60",
    atLeast: text(condition.atLeast) || "5",
    currency: text(condition.currency) || "EUR",
    scope: text(condition.scope) || "transaction",
    over: text(condition.over),
    listMode: condition.notIn !== undefined ? "notIn" : "in",
    list: Array.isArray(list) ? list.join(", ") : "",
    result: text(condition.result) || "no_liability_shift",
  };
}

/** The condition a row describes (numbers as typed when they are not numbers: the schema then names the field). */
export function conditionFromRow(row: ConditionRow): Record<string, unknown> {
  switch (row.type) {
    case "velocity":
      return {
        type: "velocity",
        metric: row.metric,
        per: row.per,
        windowMinutes: number(row.windowMinutes),
        atLeast: number(row.atLeast),
        ...(row.metric === "amount" ? { currency: row.currency.trim().toUpperCase() } : {}),
      };
    case "amount":
      return { type: "amount", scope: row.scope, currency: row.currency.trim().toUpperCase(), over: number(row.over) };
    case "card_country":
    case "ip_country":
      return { type: row.type, [row.listMode === "notIn" ? "notIn" : "in"]: items(row.list, true) };
    case "card_brand":
    case "card_funding":
      return { type: row.type, in: items(row.list, false) };
    case "three_ds":
      return { type: "three_ds", result: row.result };
    default:
      return { type: row.type };
  }
}
