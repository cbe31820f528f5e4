import { staffMutation } from "@/server/backoffice/staff-mutation";
import { removeReturnUrl, removeReturnUrlOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/checkout/return-urls/remove – remove a return URL prefix (admin and owner), audited.
export const POST = staffMutation(removeReturnUrlOptions, removeReturnUrl);
