import { staffMutation } from "@/server/backoffice/staff-mutation";
import { updateLocales, updateLocalesOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/checkout/locales – payment page languages (admin and owner), audited.
export const POST = staffMutation(updateLocalesOptions, updateLocales);
