import { staffMutation } from "@/server/backoffice/staff-mutation";
import { addReturnUrl, addReturnUrlOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/checkout/return-urls – allow a return URL prefix (admin and owner), audited.
export const POST = staffMutation(addReturnUrlOptions, addReturnUrl);
