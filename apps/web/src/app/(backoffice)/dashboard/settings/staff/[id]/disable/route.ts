import { staffMutation } from "@/server/backoffice/staff-mutation";
import { disableMember, disableMemberOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/staff/{id}/disable – disable a staff member (owner only).
export const POST = staffMutation(disableMemberOptions, disableMember);
