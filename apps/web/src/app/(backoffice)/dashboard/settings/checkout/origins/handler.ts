import { addMerchantUrls, normalizeOrigin } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { originFields } from "./schema";

type Params = Record<string, never>;
export const addOriginOptions: StaffMutationOptions<Params> = { action: "settings.origin.add", role: "admin" };

/** POST /dashboard/settings/checkout/origins – allow a browser origin (token.js, Smart Form) in the session's mode; the API's own addMerchantUrls. */
export async function addOrigin({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const origin = normalizeOrigin(parseBody(originFields, formObject(fields)).origin, staff.mode);
  await addMerchantUrls(context, staff.merchantId, { mode: staff.mode, origins: [origin] });
  return {
    redirect: "/dashboard/settings/checkout",
    notice: "origin_added",
    target: { type: "merchant", id: staff.merchantId },
    details: { origin },
    json: { origin },
  };
}
