import type { AppContext } from "@/server/context";
import { readStaffCookie, unsealStaffSession, type StaffSessionData } from "../staff-session";

/** The session of a sign-in in progress, when it is at `stage`; null when missing, expired or at another stage. */
export async function readSignInSession(
  context: Pick<AppContext, "config" | "clock">,
  request: Request,
  stage: StaffSessionData["stage"],
): Promise<StaffSessionData | null> {
  const session = await unsealStaffSession(context.config, readStaffCookie(request.headers.get("cookie")), context.clock.now());
  return session?.stage === stage ? session : null;
}
