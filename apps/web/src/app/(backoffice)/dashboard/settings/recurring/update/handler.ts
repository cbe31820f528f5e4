import { setRecurringSettings } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { recurringSettingsFields } from "./schema";

type Params = Record<string, never>;
export const updateRecurringSettingsOptions: StaffMutationOptions<Params> = { action: "settings.recurring.update", role: "admin" };

/** POST /dashboard/settings/recurring/update – the dunning schedule of subscriptions and instalments. */
export async function updateRecurringSettings({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const input = parseBody(recurringSettingsFields, { retryDays: fields.get("retryDays") ?? "", afterRetries: fields.get("afterRetries") ?? "" });
  const saved = await setRecurringSettings(context, staff.merchantId, input);
  return { redirect: "/dashboard/settings/recurring", notice: "recurring_saved", target: { type: "merchant", id: staff.merchantId }, details: { ...saved }, json: saved };
}
