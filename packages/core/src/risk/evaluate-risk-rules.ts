import type { EvaluableRule, RiskAction, RiskCondition, VelocityDimension, VelocityMetric } from "./risk-rule";

/** Score thresholds: a payment whose rules add up to these is reviewed, or blocked, whatever their actions. */
export interface RiskThresholds {
  review: number;
  block: number;
}
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { review: 65, block: 90 };

/** The 3-D Secure state when the rules run. */
export type ThreeDsSignal =
  | { state: "pending" } // before 3-D Secure, or a challenge under way
  | { state: "not_performed" } // a merchant-initiated charge: no shopper to authenticate
  | { state: "done"; transStatus: string; liabilityShift: boolean };

/** Everything a rule may look at, gathered before evaluation (nothing is read while rules run). */
export interface RiskSignals {
  amount: number;
  currency: string;
  card: {
    brand: string;
    bin: string;
    last4: string;
    country: string | null;
    funding: "credit" | "debit" | "prepaid" | null;
    /** This merchant had never seen the card before this attempt. */
    firstSeen: boolean;
  };
  ip: string | null;
  ipCountry: string | null;
  threeDs: ThreeDsSignal;
  /** Velocity counts by counterKey(...); absent when the attempt has no value for the dimension (no email…). */
  counters: Record<string, number>;
}

export interface FiredRule {
  id: string;
  name: string;
  action: RiskAction | null;
  score: number;
  /** What each condition saw: the values behind the decision (never card data beyond BIN and last 4). */
  signals: Record<string, unknown>[];
}

export interface RiskDecision {
  score: number;
  outcome: RiskAction;
  /** Rules that fired and counted, in evaluation order. */
  fired: FiredRule[];
  /** Why the outcome: the deciding rule's id, or `score` when the thresholds decided, or null for a plain allow. */
  decidedBy: string | null;
}

const SEVERITY: Record<RiskAction, number> = { allow: 0, require_3ds: 1, review: 2, block: 3 };

/** The key of one velocity count: what the counter query computes and the rule reads. */
export function counterKey(metric: VelocityMetric, per: VelocityDimension, windowMinutes: number, currency?: string): string {
  return `${metric}:${per}:${windowMinutes}${currency ? `:${currency}` : ""}`;
}
export function cardPerDayKey(currency: string): string {
  return counterKey("amount", "card", 24 * 60, currency) + ":paid";
}

/** One condition against the signals: whether it holds, and what it saw. */
export function evaluateCondition(condition: RiskCondition, signals: RiskSignals): { holds: boolean; saw: Record<string, unknown> } {
  switch (condition.type) {
    case "velocity": {
      const key = counterKey(condition.metric, condition.per, condition.windowMinutes, condition.currency);
      const count = Object.hasOwn(signals.counters, key) ? signals.counters[key]! : null;
      return {
        holds: count !== null && count >= condition.atLeast,
        saw: { type: "velocity", metric: condition.metric, per: condition.per, windowMinutes: condition.windowMinutes, count, atLeast: condition.atLeast },
      };
    }
    case "amount": {
      const amount =
        condition.scope === "transaction"
          ? signals.currency === condition.currency
            ? signals.amount
            : null
          : (signals.counters[cardPerDayKey(condition.currency)] ?? null);
      return {
        holds: amount !== null && amount > condition.over,
        saw: { type: "amount", scope: condition.scope, currency: condition.currency, amount, over: condition.over },
      };
    }
    case "card_country":
    case "ip_country": {
      const country = condition.type === "card_country" ? signals.card.country : signals.ipCountry;
      const holds = condition.in ? country !== null && condition.in.includes(country) : country === null || !condition.notIn!.includes(country);
      return { holds, saw: { type: condition.type, country } };
    }
    case "country_mismatch": {
      const { country } = signals.card;
      return {
        holds: country !== null && signals.ipCountry !== null && country !== signals.ipCountry,
        saw: { type: "country_mismatch", cardCountry: country, ipCountry: signals.ipCountry },
      };
    }
    case "card_brand":
      return { holds: (condition.in as readonly string[]).includes(signals.card.brand), saw: { type: "card_brand", brand: signals.card.brand } };
    case "card_funding":
      return {
        holds: signals.card.funding !== null && condition.in.includes(signals.card.funding),
        saw: { type: "card_funding", funding: signals.card.funding },
      };
    case "card_first_seen":
      return { holds: signals.card.firstSeen, saw: { type: "card_first_seen", firstSeen: signals.card.firstSeen } };
    case "three_ds": {
      const { threeDs } = signals;
      const holds =
        condition.result === "not_authenticated"
          ? threeDs.state === "not_performed"
          : threeDs.state === "not_performed" || (threeDs.state === "done" && !threeDs.liabilityShift);
      return {
        holds,
        saw: {
          type: "three_ds",
          state: threeDs.state,
          ...(threeDs.state === "done" ? { transStatus: threeDs.transStatus, liabilityShift: threeDs.liabilityShift } : {}),
        },
      };
    }
  }
}

/**
 * Runs every rule, in order, against signals gathered beforehand. Every
 * condition of every rule is evaluated whatever happened before it (no early
 * return), so the time taken does not tell the outcome. The outcome is the
 * most severe action among the rules that fired, raised by the score
 * thresholds. A firing `allow` rule settles the payment: the rules after it
 * (still evaluated) no longer count, and neither do the thresholds; rules
 * before it that fired still do (order is how a merchant says which wins).
 */
export function evaluateRiskRules(rules: readonly EvaluableRule[], signals: RiskSignals, thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS): RiskDecision {
  const fired: FiredRule[] = [];
  let allowedAt = -1;
  rules.forEach((rule, index) => {
    let holds = true;
    const seen: Record<string, unknown>[] = [];
    for (const condition of rule.conditions) {
      const result = evaluateCondition(condition, signals);
      holds = holds && result.holds; // no short-circuit: every condition runs
      seen.push(result.saw);
    }
    if (!holds || allowedAt >= 0) return;
    if (rule.action === "allow") allowedAt = index;
    fired.push({ id: rule.id, name: rule.name, action: rule.action ?? null, score: rule.score ?? 0, signals: seen });
  });
  const score = Math.min(100, fired.reduce((sum, rule) => sum + rule.score, 0));
  let outcome: RiskAction = "allow";
  let decidedBy: string | null = allowedAt >= 0 ? rules[allowedAt]!.id : null;
  for (const rule of fired) {
    if (rule.action && SEVERITY[rule.action] > SEVERITY[outcome]) {
      outcome = rule.action;
      decidedBy = rule.id;
    }
  }
  if (allowedAt >= 0) return { score, outcome, fired, decidedBy };
  const byScore: RiskAction | null = score >= thresholds.block ? "block" : score >= thresholds.review ? "review" : null;
  if (byScore && SEVERITY[byScore] > SEVERITY[outcome]) {
    outcome = byScore;
    decidedBy = "score";
  }
  return { score, outcome, fired, decidedBy };
}

/** The velocity counts the rules need: one query computes exactly these. */
export function countersNeeded(rules: readonly EvaluableRule[]): { metric: VelocityMetric | "paid"; per: VelocityDimension; windowMinutes: number; currency?: string; key: string }[] {
  const needed = new Map<string, { metric: VelocityMetric | "paid"; per: VelocityDimension; windowMinutes: number; currency?: string; key: string }>();
  for (const rule of rules) {
    for (const condition of rule.conditions) {
      if (condition.type === "velocity") {
        const key = counterKey(condition.metric, condition.per, condition.windowMinutes, condition.currency);
        needed.set(key, { metric: condition.metric, per: condition.per, windowMinutes: condition.windowMinutes, ...(condition.currency ? { currency: condition.currency } : {}), key });
      } else if (condition.type === "amount" && condition.scope === "card_per_day") {
        const key = cardPerDayKey(condition.currency);
        needed.set(key, { metric: "paid", per: "card", windowMinutes: 24 * 60, currency: condition.currency, key });
      }
    }
  }
  return [...needed.values()];
}
