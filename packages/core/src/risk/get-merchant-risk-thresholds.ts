import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { RiskThresholds } from "./evaluate-risk-rules";
import { effectiveThresholds, type MerchantRiskThresholds } from "./set-merchant-risk-thresholds";

/** The merchant's own thresholds (null where unset) and those in force, for the back-office. */
export async function getMerchantRiskThresholds(
  { db }: { db: Database },
  merchantId: string,
  platform: RiskThresholds,
): Promise<{ own: MerchantRiskThresholds; effective: RiskThresholds }> {
  const [row] = await db
    .select({ review: schema.merchantSettings.riskReviewScore, block: schema.merchantSettings.riskBlockScore })
    .from(schema.merchantSettings)
    .where(eq(schema.merchantSettings.merchantId, merchantId));
  const own = { review: row?.review ?? null, block: row?.block ?? null };
  return { own, effective: effectiveThresholds(platform, own) };
}
