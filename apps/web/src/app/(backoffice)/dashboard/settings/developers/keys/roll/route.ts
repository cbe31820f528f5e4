import { staffMutation } from "@/server/backoffice/staff-mutation";
import { rollSecretKey, rollSecretKeyOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/developers/keys/roll – roll the current mode's secret key (admin and owner), audited.
export const POST = staffMutation(rollSecretKeyOptions, rollSecretKey);
