import { createStaffUser } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { addStaffMemberFields } from "./schema";

export const addStaffMemberOptions: StaffMutationOptions<Record<string, never>> = { action: "staff.create", role: "owner" };

/**
 * POST /dashboard/settings/staff/create – add a staff member to the owner's
 * merchant with an initial password (given to them out of band); they set up
 * TOTP at their first sign-in. The same core operation as `jeton users create`.
 */
export async function addStaffMember({ context, staff, fields }: StaffMutationInput<Record<string, never>>): Promise<StaffMutationOutcome> {
  const input = parseBody(addStaffMemberFields, formObject(fields));
  const user = await createStaffUser(context, { merchantId: staff.merchantId, ...input });
  return {
    redirect: "/dashboard/settings/staff",
    notice: "user_created",
    target: { type: "staff_user", id: user.id },
    // Never the password.
    details: { email: user.email, role: user.role },
    json: { user },
  };
}
