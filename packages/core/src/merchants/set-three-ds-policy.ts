import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { AppError } from "../errors";
import { isCurrencyCode } from "../money/currencies";
import type { ThreeDsPolicy } from "../three-ds/perform-three-ds-lookup";

/**
 * The merchant's 3-D Secure policy (SPEC §4): `issuer` lets the card's bank
 * decide, `always` asks for a challenge on every payment, `above_amount` from
 * a threshold in one currency (integer minor units) upward.
 */
export async function setThreeDsPolicy({ db }: { db: Database }, merchantId: string, policy: ThreeDsPolicy): Promise<ThreeDsPolicy> {
  const invalid = (message: string, param: string) => new AppError("parameter_invalid", message, { param });
  if (!["issuer", "always", "above_amount"].includes(policy.threeDsPolicy)) {
    throw invalid("policy is issuer, always or above_amount.", "policy");
  }
  const above = policy.threeDsPolicy === "above_amount";
  if (above && (policy.threshold === null || !Number.isSafeInteger(policy.threshold) || policy.threshold < 0)) {
    throw invalid("above_amount needs a threshold in minor units (an integer, 0 or more).", "threshold");
  }
  if (above && (policy.thresholdCurrency === null || !isCurrencyCode(policy.thresholdCurrency))) {
    throw invalid("above_amount needs the threshold's ISO 4217 currency.", "currency");
  }
  const values = {
    threeDsPolicy: policy.threeDsPolicy,
    threeDsThreshold: above ? policy.threshold : null,
    threeDsThresholdCurrency: above ? policy.thresholdCurrency : null,
  };
  const [row] = await db.update(schema.merchantSettings).set(values).where(eq(schema.merchantSettings.merchantId, merchantId)).returning();
  if (!row) throw new AppError("resource_not_found", `No such merchant: ${merchantId.slice(0, 100)}`, { param: "merchant" });
  return { threeDsPolicy: row.threeDsPolicy, threshold: row.threeDsThreshold, thresholdCurrency: row.threeDsThresholdCurrency };
}
