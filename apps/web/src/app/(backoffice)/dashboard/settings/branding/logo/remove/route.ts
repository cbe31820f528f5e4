import { staffMutation } from "@/server/backoffice/staff-mutation";
import { removeLogo, removeLogoOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/branding/logo/remove – remove the payment page logo (admin and owner), audited.
export const POST = staffMutation(removeLogoOptions, removeLogo);
