import { staffMutation } from "@/server/backoffice/staff-mutation";
import { updateThreeDsPolicy, updateThreeDsPolicyOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/checkout/three-ds – the 3-D Secure policy (admin and owner), audited.
export const POST = staffMutation(updateThreeDsPolicyOptions, updateThreeDsPolicy);
