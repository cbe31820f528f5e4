import { staffMutation } from "@/server/backoffice/staff-mutation";
import { updateBranding, updateBrandingOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/branding/update – payment page name and colours (admin and owner), audited.
export const POST = staffMutation(updateBrandingOptions, updateBranding);
