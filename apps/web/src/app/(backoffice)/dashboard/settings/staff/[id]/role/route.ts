import { staffMutation } from "@/server/backoffice/staff-mutation";
import { changeRole, changeRoleOptions } from "./handler";

export const dynamic = "force-dynamic";

// POST /dashboard/settings/staff/{id}/role – change a staff member's role (owner only).
export const POST = staffMutation(changeRoleOptions, changeRole);
