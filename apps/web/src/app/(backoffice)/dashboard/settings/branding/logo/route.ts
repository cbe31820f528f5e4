import { staffMutation } from "@/server/backoffice/staff-mutation";
import { uploadLogo, uploadLogoOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/branding/logo – upload the payment page logo (admin and owner), audited.
export const POST = staffMutation(uploadLogoOptions, uploadLogo);
