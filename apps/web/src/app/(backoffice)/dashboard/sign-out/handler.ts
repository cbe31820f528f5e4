import { revokeStaffSessions } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = Record<string, never>;
export const signOutOptions: StaffMutationOptions<Params> = { action: "logout", role: "viewer" };

/**
 * POST /dashboard/sign-out – end the user's sessions (audited): the cookie is dropped, and its
 * session version retired so that a copy of it is worthless too.
 */
export async function signOut({ context, staff }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  await revokeStaffSessions(context, staff.userId);
  return { redirect: "/login?reason=signed_out", session: null };
}
