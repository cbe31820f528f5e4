import { revokeStaffSessions } from "@jeton/core";
import { staffMutation } from "@/server/backoffice/staff-mutation";

export const dynamic = "force-dynamic";

// POST /dashboard/sign-out – end the user's sessions (audited): the cookie is dropped, and its
// session version retired so that a copy of it is worthless too.
export const POST = staffMutation({ action: "logout", role: "viewer" }, async ({ context, staff }) => {
  await revokeStaffSessions(context, staff.userId);
  return { redirect: "/login?reason=signed_out", session: null };
});
