import { staffMutation } from "@/server/backoffice/staff-mutation";
import { addStaffMember, addStaffMemberOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/staff/create – add a staff member (owner only).
export const POST = staffMutation(addStaffMemberOptions, addStaffMember);
