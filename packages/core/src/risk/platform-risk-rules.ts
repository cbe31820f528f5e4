import type { EvaluableRule } from "./risk-rule";

/**
 * The platform's default rules, evaluated after each merchant's own (a
 * merchant's `allow` rule placed before them settles a payment first). They
 * score rather than decide, except for a card that keeps being declined:
 * together they reach the review threshold (65) only when three or more
 * signals agree (the two velocity ones alone make 60), so a busy shared
 * address (a test setup on loopback, an office NAT) is not held for review
 * on volume alone. docs/risk.md lists them.
 */
export const platformRiskRules: readonly EvaluableRule[] = [
  {
    id: "platform.card_declines",
    name: "Card declined 10 times within an hour",
    conditions: [{ type: "velocity", metric: "declines", per: "card", windowMinutes: 60, atLeast: 10 }],
    action: "block",
    score: 60,
  },
  {
    id: "platform.ip_distinct_cards",
    name: "Many different cards from one address within an hour",
    conditions: [{ type: "velocity", metric: "distinct_cards", per: "ip", windowMinutes: 60, atLeast: 15 }],
    score: 35,
  },
  {
    id: "platform.card_attempts",
    name: "Card tried 20 times within an hour",
    conditions: [{ type: "velocity", metric: "attempts", per: "card", windowMinutes: 60, atLeast: 20 }],
    score: 25,
  },
  {
    id: "platform.country_mismatch",
    name: "Card country differs from the shopper's address country",
    conditions: [{ type: "country_mismatch" }],
    score: 20,
  },
  {
    id: "platform.prepaid",
    name: "Prepaid card",
    conditions: [{ type: "card_funding", in: ["prepaid"] }],
    score: 10,
  },
  {
    id: "platform.no_liability_shift",
    name: "No liability shift from 3-D Secure",
    conditions: [{ type: "three_ds", result: "no_liability_shift" }],
    score: 10,
  },
  {
    id: "platform.first_seen",
    name: "First payment with this card at this merchant",
    conditions: [{ type: "card_first_seen" }],
    score: 5,
  },
];
