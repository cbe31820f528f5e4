import { riskRuleDefinition, type EvaluableRule } from "./risk-rule";

/**
 * Each merchant's enabled rules, parsed once and kept in memory. Every
 * assessment's counter statement also answers the rules' current version (a
 * hash of the merchant's rows): when it differs, the rules are read again. A
 * change made by any instance (back-office, API, or straight in the database)
 * is therefore seen by the next assessment, with no time-to-live to tune.
 */
export interface CachedRules {
  version: string;
  /** Null when a stored rule no longer validates: the engine then fails closed. */
  rules: EvaluableRule[] | null;
}

const MAX_ENTRIES = 10_000;
const cache = new Map<string, CachedRules>();

const keyOf = (merchantId: string, mode: string) => `${merchantId}:${mode}`;

export function cachedRules(merchantId: string, mode: string): CachedRules | undefined {
  return cache.get(keyOf(merchantId, mode));
}

export function rememberRules(merchantId: string, mode: string, entry: CachedRules): void {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(keyOf(merchantId, mode), entry);
}

/**
 * The version expression, as SQL text over the merchant and mode parameters it is given (`$5`, `$6`…):
 * any insert, delete, reorder, toggle or edit of the merchant's rules changes it.
 */
export function rulesVersionText(merchantParam: string, modeParam: string): string {
  return `(SELECT md5(coalesce(string_agg(r.id || ':' || r.position || ':' || r.enabled || ':' || r.name || ':' || r.definition::text, ',' ORDER BY r.id), ''))
             FROM risk_rules r WHERE r.merchant_id = ${merchantParam} AND r.mode = ${modeParam})`;
}

/** The merchant's enabled rules in order, with their version: `$1` merchant, `$2` mode. */
export const RULES_STATEMENT = `SELECT ${rulesVersionText("$1", "$2")} AS version,
  (SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.name, 'definition', r.definition) ORDER BY r.position, r.created_at), '[]'::json)
     FROM risk_rules r WHERE r.merchant_id = $1 AND r.mode = $2 AND r.enabled) AS rules`;

export function parseStoredRules(stored: { id: string; name: string; definition: unknown }[]): EvaluableRule[] | null {
  const rules: EvaluableRule[] = [];
  for (const rule of stored) {
    // A stored rule that no longer validates is an engine failure: it fails closed (review), it is never skipped.
    const definition = riskRuleDefinition.safeParse(rule.definition);
    if (!definition.success) return null;
    rules.push({ id: rule.id, name: rule.name, ...definition.data });
  }
  return rules;
}
