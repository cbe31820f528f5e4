import { z } from "zod";
import { staffRoleField } from "@/server/backoffice/form-atoms";

/** POST /dashboard/settings/staff/{id}/role: the staff member's new role. */
export const changeRoleFields = z.object({ role: staffRoleField });
