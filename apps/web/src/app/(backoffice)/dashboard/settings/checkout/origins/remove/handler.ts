import { removeMerchantOrigin } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { removeOriginFields } from "./schema";

type Params = Record<string, never>;
export const removeOriginOptions: StaffMutationOptions<Params> = { action: "settings.origin.remove", role: "admin" };

/** POST /dashboard/settings/checkout/origins/remove – token.js and the Smart Form stop working from that origin. */
export async function removeOrigin({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { origin } = parseBody(removeOriginFields, formObject(fields));
  await removeMerchantOrigin(context, { merchantId: staff.merchantId, mode: staff.mode }, origin);
  return {
    redirect: "/dashboard/settings/checkout",
    notice: "origin_removed",
    target: { type: "merchant", id: staff.merchantId },
    details: { origin },
  };
}
