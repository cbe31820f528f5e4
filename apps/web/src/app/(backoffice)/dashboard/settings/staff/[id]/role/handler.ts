import { changeStaffRole } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { changeRoleFields } from "./schema";

type Params = { id: string };

export const changeRoleOptions: StaffMutationOptions<Params> = {
  action: "staff.role_change",
  role: "owner",
  target: (params) => ({ type: "staff_user", id: params.id }),
};

/**
 * POST /dashboard/settings/staff/{id}/role – give a staff member another role.
 * Their sessions end (the owner's own too, when they change themselves: they
 * sign in again with the new role). The last active owner cannot be demoted.
 */
export async function changeRole({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { role } = parseBody(changeRoleFields, formObject(fields));
  const result = await changeStaffRole(context, { merchantId: staff.merchantId, userId: params.id, role });
  const self = result.changed && result.user.id === staff.userId;
  return {
    redirect: self ? "/login?reason=role_changed" : "/dashboard/settings/staff",
    notice: self ? undefined : "role_changed",
    target: { type: "staff_user", id: result.user.id },
    details: { email: result.user.email, from: result.previousRole, to: result.user.role, changed: result.changed },
    json: { user: result.user },
  };
}
