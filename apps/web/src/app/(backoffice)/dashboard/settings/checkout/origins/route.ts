import { staffMutation } from "@/server/backoffice/staff-mutation";
import { addOrigin, addOriginOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/checkout/origins – allow a browser origin (admin and owner), audited.
export const POST = staffMutation(addOriginOptions, addOrigin);
