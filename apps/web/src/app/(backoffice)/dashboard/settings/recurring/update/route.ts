import { staffMutation } from "@/server/backoffice/staff-mutation";
import { updateRecurringSettings, updateRecurringSettingsOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/recurring/update – dunning settings (admin and owner), audited.
export const POST = staffMutation(updateRecurringSettingsOptions, updateRecurringSettings);
