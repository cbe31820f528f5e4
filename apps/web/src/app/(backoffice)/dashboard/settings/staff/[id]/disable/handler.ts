import { disableStaffUser } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };

export const disableMemberOptions: StaffMutationOptions<Params> = {
  action: "staff.disable",
  role: "owner",
  target: (params) => ({ type: "staff_user", id: params.id }),
};

/** POST /dashboard/settings/staff/{id}/disable – remove a staff member's access; their sessions end now. */
export async function disableMember({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const result = await disableStaffUser(context, { merchantId: staff.merchantId, userId: params.id });
  const self = result.user.id === staff.userId;
  return {
    redirect: self ? "/login?reason=signed_out" : "/dashboard/settings/staff",
    notice: self ? undefined : "user_disabled",
    target: { type: "staff_user", id: result.user.id },
    details: { email: result.user.email, role: result.user.role, changed: result.changed },
    json: { user: result.user },
  };
}
