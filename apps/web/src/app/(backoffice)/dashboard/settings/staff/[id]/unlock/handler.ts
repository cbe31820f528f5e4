import { unlockStaffUser } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };

export const unlockMemberOptions: StaffMutationOptions<Params> = {
  action: "staff.unlock",
  role: "owner",
  target: (params) => ({ type: "staff_user", id: params.id }),
};

/** POST /dashboard/settings/staff/{id}/unlock – lift a lockout early and clear the failure count. */
export async function unlockMember({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const user = await unlockStaffUser(context, { merchantId: staff.merchantId, userId: params.id });
  return {
    redirect: "/dashboard/settings/staff",
    notice: "user_unlocked",
    target: { type: "staff_user", id: user.id },
    details: { email: user.email },
    json: { user },
  };
}
