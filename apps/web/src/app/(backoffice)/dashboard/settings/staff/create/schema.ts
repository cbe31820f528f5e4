import { z } from "zod";
import { staffRoleField } from "@/server/backoffice/form-atoms";

/**
 * POST /dashboard/settings/staff/create: a new staff member's email, first
 * password and role. The shape is checked here; core checks the password's
 * strength and that the email is free, and names the field at fault.
 */
export const addStaffMemberFields = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
  role: staffRoleField,
});
