import { staffMutation } from "@/server/backoffice/staff-mutation";
import { removeOrigin, removeOriginOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/checkout/origins/remove – remove an allowed origin (admin and owner), audited.
export const POST = staffMutation(removeOriginOptions, removeOrigin);
