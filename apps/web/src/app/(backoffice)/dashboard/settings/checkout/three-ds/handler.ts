import { AppError, isCurrencyCode, parseMajorString, setThreeDsPolicy } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { threeDsPolicyFields } from "./schema";

type Params = Record<string, never>;
export const updateThreeDsPolicyOptions: StaffMutationOptions<Params> = { action: "settings.three_ds.update", role: "admin" };

/** POST /dashboard/settings/checkout/three-ds – when 3-D Secure is forced: the same setThreeDsPolicy as everywhere. */
export async function updateThreeDsPolicy({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const input = parseBody(threeDsPolicyFields, formObject(fields));
  let threshold: number | null = null;
  let thresholdCurrency: string | null = null;
  if (input.policy === "above_amount") {
    if (!input.threshold) throw new AppError("parameter_invalid", "above_amount needs a threshold.", { param: "threshold" });
    if (!input.currency || !isCurrencyCode(input.currency)) throw new AppError("parameter_invalid", "above_amount needs a supported currency.", { param: "currency" });
    try {
      threshold = parseMajorString(input.threshold, input.currency);
    } catch {
      throw new AppError("parameter_invalid", `The threshold has more decimals than ${input.currency} allows.`, { param: "threshold" });
    }
    thresholdCurrency = input.currency;
  }
  const saved = await setThreeDsPolicy(context, staff.merchantId, { threeDsPolicy: input.policy, threshold, thresholdCurrency });
  return {
    redirect: "/dashboard/settings/checkout",
    notice: "three_ds_saved",
    target: { type: "merchant", id: staff.merchantId },
    details: { ...saved },
    json: saved,
  };
}
