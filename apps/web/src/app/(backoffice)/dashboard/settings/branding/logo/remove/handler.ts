import { removeMerchantLogo } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = Record<string, never>;
export const removeLogoOptions: StaffMutationOptions<Params> = { action: "settings.branding.logo_remove", role: "admin" };

/** POST /dashboard/settings/branding/logo/remove – the payment page shows the name alone again. */
export async function removeLogo({ context, staff }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { removed } = await removeMerchantLogo(context, staff.merchantId);
  return {
    redirect: "/dashboard/settings/branding",
    notice: "logo_removed",
    target: { type: "merchant", id: staff.merchantId },
    details: { removed },
  };
}
