import { type Database, schema } from "@jeton/db";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { RiskThresholds } from "./evaluate-risk-rules";
import { paramOfIssue } from "./risk-rule";

/**
 * How far a merchant may move the platform's score thresholds: not so low
 * that ordinary payments are held (a review from 30, a block from 50), and
 * never above 100 (a score cannot pass it: the thresholds are then off).
 */
export const MERCHANT_RISK_SCORE_BOUNDS = { review: { min: 30, max: 100 }, block: { min: 50, max: 100 } } as const;

/** A merchant's own thresholds; null keeps the platform's (JETON_RISK_REVIEW_SCORE / JETON_RISK_BLOCK_SCORE). */
export const merchantRiskThresholdsInput = z
  .strictObject({
    review: z.number().int().min(MERCHANT_RISK_SCORE_BOUNDS.review.min).max(MERCHANT_RISK_SCORE_BOUNDS.review.max).nullable(),
    block: z.number().int().min(MERCHANT_RISK_SCORE_BOUNDS.block.min).max(MERCHANT_RISK_SCORE_BOUNDS.block.max).nullable(),
  })
  .refine((value) => value.review === null || value.block === null || value.review <= value.block, {
    message: "the review score cannot be above the block score",
    path: ["review"],
  });
export type MerchantRiskThresholds = z.infer<typeof merchantRiskThresholdsInput>;

/** The thresholds an assessment uses: the merchant's where set (kept within the bounds), else the platform's. */
export function effectiveThresholds(platform: RiskThresholds, merchant: Partial<MerchantRiskThresholds> | null | undefined): RiskThresholds {
  const clamp = (value: number | null | undefined, bounds: { min: number; max: number }, fallback: number) =>
    typeof value === "number" && Number.isFinite(value) ? Math.min(bounds.max, Math.max(bounds.min, value)) : fallback;
  const block = clamp(merchant?.block, MERCHANT_RISK_SCORE_BOUNDS.block, platform.block);
  const review = clamp(merchant?.review, MERCHANT_RISK_SCORE_BOUNDS.review, platform.review);
  return { review: Math.min(review, block), block };
}

/** Sets (or clears, with nulls) a merchant's risk score thresholds. Bad input is a 400 naming the field; nothing is written. */
export async function setMerchantRiskThresholds(
  deps: { db: Database; clock: Clock },
  merchantId: string,
  input: unknown,
): Promise<MerchantRiskThresholds> {
  const parsed = merchantRiskThresholdsInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("parameter_invalid", `${paramOfIssue(issue.path)} ${issue.message}`, { param: paramOfIssue(issue.path) });
  }
  const { review, block } = parsed.data;
  const now = deps.clock.now();
  await deps.db
    .insert(schema.merchantSettings)
    .values({ merchantId, riskReviewScore: review, riskBlockScore: block, updatedAt: now })
    .onConflictDoUpdate({ target: schema.merchantSettings.merchantId, set: { riskReviewScore: sql`excluded.risk_review_score`, riskBlockScore: sql`excluded.risk_block_score`, updatedAt: now } });
  return parsed.data;
}
