import { updateBranding as updateMerchantBranding } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { updateBrandingFields } from "./schema";

type Params = Record<string, never>;
export const updateBrandingOptions: StaffMutationOptions<Params> = { action: "settings.branding.update", role: "admin" };

/** POST /dashboard/settings/branding/update – the payment page's display name and colours (merchant-wide, both modes). */
export async function updateBranding({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const input = parseBody(updateBrandingFields, formObject(fields));
  const saved = await updateMerchantBranding(context, staff.merchantId, input);
  return {
    redirect: "/dashboard/settings/branding",
    notice: "branding_saved",
    target: { type: "merchant", id: staff.merchantId },
    details: { displayName: saved.displayName, primaryColor: saved.primaryColor, backgroundColor: saved.backgroundColor },
    json: saved,
  };
}
