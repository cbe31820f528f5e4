import { cookies } from "next/headers";
import { getContext, type AppContext } from "@/server/context";
import { authenticateStaff, type StaffIdentity } from "../authenticate-staff";
import { STAFF_COOKIE, unsealStaffSession, type StaffSessionData } from "../staff-session";

/**
 * For the sign-in pages (server components): the session cookie as it stands
 * (a sign-in in progress, or null), and the signed-in staff member when the
 * session is active and still valid in the database.
 */
export async function currentSignIn(): Promise<{ context: AppContext; session: StaffSessionData | null; staff: StaffIdentity | null }> {
  const context = await getContext();
  const sealed = (await cookies()).get(STAFF_COOKIE)?.value;
  const session = await unsealStaffSession(context.config, sealed, context.clock.now());
  const staff = session?.stage === "active" ? await authenticateStaff(context, sealed) : null;
  return { context, session, staff };
}
