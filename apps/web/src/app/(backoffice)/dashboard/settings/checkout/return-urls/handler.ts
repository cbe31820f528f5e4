import { addMerchantUrls, normalizeReturnUrlPrefix } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { returnUrlFields } from "./schema";

type Params = Record<string, never>;
export const addReturnUrlOptions: StaffMutationOptions<Params> = { action: "settings.return_url.add", role: "admin" };

/** POST /dashboard/settings/checkout/return-urls – allow a return URL prefix for payment requests of the session's mode. */
export async function addReturnUrl({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const returnUrl = normalizeReturnUrlPrefix(parseBody(returnUrlFields, formObject(fields)).returnUrl, staff.mode);
  await addMerchantUrls(context, staff.merchantId, { mode: staff.mode, returnUrls: [returnUrl] });
  return {
    redirect: "/dashboard/settings/checkout",
    notice: "return_url_added",
    target: { type: "merchant", id: staff.merchantId },
    details: { returnUrl },
    json: { returnUrl },
  };
}
