import { setCheckoutLocales } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { checkoutLocalesFields } from "./schema";

type Params = Record<string, never>;
export const updateLocalesOptions: StaffMutationOptions<Params> = { action: "settings.locales.update", role: "admin" };

/** POST /dashboard/settings/checkout/locales – the payment page's languages and its default one. */
export async function updateLocales({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const input = parseBody(checkoutLocalesFields, { enabledLocales: fields.getAll("enabledLocales"), defaultLocale: fields.get("defaultLocale") ?? "" });
  const saved = await setCheckoutLocales(context, staff.merchantId, input);
  return {
    redirect: "/dashboard/settings/checkout",
    notice: "locales_saved",
    target: { type: "merchant", id: staff.merchantId },
    details: saved,
    json: saved,
  };
}
