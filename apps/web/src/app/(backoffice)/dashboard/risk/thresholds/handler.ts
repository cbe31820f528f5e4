import { setMerchantRiskThresholds } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { riskThresholdFields } from "./schema";

export const saveRiskThresholdsOptions: StaffMutationOptions<Record<string, never>> = { action: "risk_thresholds.update", role: "admin" };

/** POST /dashboard/risk/thresholds – the merchant's own review and block scores (empty: the platform's), within the platform's bounds. */
export async function saveRiskThresholds({ context, staff, fields }: StaffMutationInput<Record<string, never>>): Promise<StaffMutationOutcome> {
  const typed = riskThresholdFields.parse({ review: fields.get("review") ?? "", block: fields.get("block") ?? "" });
  const thresholds = await setMerchantRiskThresholds(context, staff.merchantId, typed);
  return { redirect: "/dashboard/risk", notice: "risk_thresholds_saved", target: { type: "merchant", id: staff.merchantId }, details: { thresholds }, json: thresholds };
}
