import { revokeStaffSessions } from "@jeton/core";
import { getContext } from "@/server/context";
import { handleStaffMutation } from "@/server/backoffice/staff-mutation";
import { staffSetCookie } from "@/server/backoffice/staff-session";

export const dynamic = "force-dynamic";

// POST /dashboard/sign-out – end the user's sessions (audited): the cookie is dropped, and its
// session version retired so that a copy of it is worthless too.
export async function POST(request: Request): Promise<Response> {
  const context = await getContext();
  const response = await handleStaffMutation(context, request, {}, { action: "logout", role: "viewer" }, async ({ staff }) => {
    await revokeStaffSessions(context, staff.userId);
    return { redirect: "/login?reason=signed_out" };
  });
  if (response.status === 303 && response.headers.get("location")?.includes("/login")) {
    response.headers.delete("Set-Cookie");
    response.headers.append("Set-Cookie", staffSetCookie(context.config, null));
  }
  return response;
}
