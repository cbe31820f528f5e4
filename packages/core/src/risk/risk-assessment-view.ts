import { z } from "zod";
import { riskActions } from "./risk-rule";
import { timestamp } from "../views/view-atoms";
import type { RiskAssessment } from "./assess-payment-risk";

export const firedRuleView = z.object({
  /** `rr_…` for the merchant's rules, `platform.…` for the platform's, `blacklist`, `engine_error`. */
  id: z.string(),
  name: z.string(),
  action: z.enum(riskActions).nullable(),
  score: z.number().int(),
  /** What each of its conditions saw (counts, countries, 3-D Secure state…). */
  signals: z.array(z.record(z.string(), z.unknown())),
}).meta({ id: "RiskFiredRule", description: "A risk rule that fired, and what each of its conditions saw." });

export const reviewView = z.object({
  /** `open`: capture held until staff decide; then `approved`, `rejected` or `expired` (treated as rejected). */
  status: z.enum(["open", "approved", "rejected", "expired"]),
  expiresAt: timestamp.nullable(),
}).meta({ id: "RiskReview", description: "The review of a payment held by the risk engine." });

/** The risk assessment of a transaction, as the API, webhooks and the back-office show it. */
export const transactionRiskView = z.object({
  object: z.literal("risk_assessment"),
  /** `ra_…`; null for a payment refused by the blacklist alone. */
  id: z.string().nullable(),
  score: z.number().int().min(0).max(100),
  outcome: z.enum(riskActions),
  /** The deciding rule's id, `score` when the thresholds decided, `blacklist`; null for a plain allow. */
  rule: z.string().nullable(),
  rules: z.array(firedRuleView),
  cardCountry: z.string().nullable(),
  cardFunding: z.string().nullable(),
  ipCountry: z.string().nullable(),
  /** Set when the outcome was `review`. */
  review: reviewView.nullable(),
  /** `blacklist`: when the card was put on the blacklist, and from which payment. */
  blacklistedAt: timestamp.optional(),
  sourceTransactionId: z.string().nullable().optional(),
  createdAt: timestamp,
}).meta({ id: "TransactionRisk", description: "The risk assessment before authorization: score, outcome, the rules that fired and the review." });
export type TransactionRiskView = z.infer<typeof transactionRiskView>;

/** What transactions.risk stores: the view without the review (its columns are on the transaction). */
export type StoredTransactionRisk = Omit<TransactionRiskView, "review">;

export function toStoredTransactionRisk(assessment: RiskAssessment): StoredTransactionRisk {
  return {
    object: "risk_assessment",
    id: assessment.id,
    score: assessment.score,
    outcome: assessment.outcome,
    rule: assessment.decidedBy,
    rules: assessment.fired,
    cardCountry: assessment.facts.cardCountry,
    cardFunding: assessment.facts.cardFunding,
    ipCountry: assessment.facts.ipCountry,
    createdAt: assessment.createdAt.toISOString(),
  };
}

/** The blacklist's refusal, in the same shape. */
export function blacklistRisk(entry: { createdAt: Date; sourceTransactionId: string | null }, now: Date): StoredTransactionRisk {
  return {
    object: "risk_assessment",
    id: null,
    score: 100,
    outcome: "block",
    rule: "blacklist",
    rules: [{ id: "blacklist", name: "Card on the merchant's blacklist", action: "block", score: 100, signals: [{ type: "blacklist", blacklistedAt: entry.createdAt.toISOString() }] }],
    cardCountry: null,
    cardFunding: null,
    ipCountry: null,
    blacklistedAt: entry.createdAt.toISOString(),
    sourceTransactionId: entry.sourceTransactionId,
    createdAt: now.toISOString(),
  };
}

export function toTransactionRiskView(row: { risk: Record<string, unknown> | null; reviewStatus: string | null; reviewExpiresAt: Date | null }): TransactionRiskView | null {
  if (!row.risk) return null;
  const stored = row.risk as Partial<StoredTransactionRisk> & { rule?: string };
  return {
    object: "risk_assessment",
    id: stored.id ?? null,
    score: stored.score ?? 100,
    outcome: stored.outcome ?? "block",
    rule: stored.rule ?? null,
    rules: stored.rules ?? [],
    cardCountry: stored.cardCountry ?? null,
    cardFunding: stored.cardFunding ?? null,
    ipCountry: stored.ipCountry ?? null,
    review: row.reviewStatus ? { status: row.reviewStatus as "open", expiresAt: row.reviewExpiresAt?.toISOString() ?? null } : null,
    ...(stored.blacklistedAt !== undefined ? { blacklistedAt: stored.blacklistedAt } : {}),
    ...(stored.sourceTransactionId !== undefined ? { sourceTransactionId: stored.sourceTransactionId } : {}),
    createdAt: stored.createdAt ?? new Date(0).toISOString(),
  };
}
