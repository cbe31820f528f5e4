import { removeMerchantReturnUrl } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { removeReturnUrlFields } from "./schema";

type Params = Record<string, never>;
export const removeReturnUrlOptions: StaffMutationOptions<Params> = { action: "settings.return_url.remove", role: "admin" };

/** POST /dashboard/settings/checkout/return-urls/remove – new payment requests can no longer return under that prefix. */
export async function removeReturnUrl({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { returnUrl } = parseBody(removeReturnUrlFields, formObject(fields));
  await removeMerchantReturnUrl(context, { merchantId: staff.merchantId, mode: staff.mode }, returnUrl);
  return {
    redirect: "/dashboard/settings/checkout",
    notice: "return_url_removed",
    target: { type: "merchant", id: staff.merchantId },
    details: { returnUrl },
  };
}
