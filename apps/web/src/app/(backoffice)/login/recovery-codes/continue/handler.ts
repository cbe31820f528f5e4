import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { AppContext } from "@/server/context";
import { readFormBody } from "@/server/http/read-form-body";
import { assertBackofficeOrigin } from "@/server/backoffice/assert-backoffice-origin";
import { csrfTokenMatches, newStaffSession, sealStaffSession } from "@/server/backoffice/staff-session";
import { readSignInSession } from "@/server/backoffice/sign-in/read-sign-in-session";
import { signInResponse } from "@/server/backoffice/sign-in/sign-in-response";

/**
 * POST /login/recovery-codes/continue: the user has seen (and, we hope, kept)
 * their recovery codes. The codes leave the cookie for good and the session
 * becomes active.
 */
export async function acknowledgeRecoveryCodes(context: AppContext, request: Request): Promise<Response> {
  const session = await readSignInSession(context, request, "enroll");
  if (!session?.recoveryCodes) return signInResponse(context, "/login?reason=expired", null);
  try {
    assertBackofficeOrigin(request, context.config.publicUrl);
  } catch {
    return signInResponse(context, "/login/recovery-codes?error=origin_not_allowed");
  }
  let fields: URLSearchParams;
  try {
    fields = await readFormBody(request, 4096);
  } catch {
    return signInResponse(context, "/login/recovery-codes?error=parameter_invalid");
  }
  if (!csrfTokenMatches(fields.get("csrf"), session.csrf)) return signInResponse(context, "/login/recovery-codes?error=csrf_token_invalid");
  const [user] = await context.db
    .select({ sessionVersion: schema.staffUsers.sessionVersion, disabledAt: schema.staffUsers.disabledAt })
    .from(schema.staffUsers)
    .where(eq(schema.staffUsers.id, session.userId));
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return signInResponse(context, "/login?reason=expired", null);
  const active = newStaffSession({ userId: session.userId, sessionVersion: session.sessionVersion, stage: "active" }, context.clock.now());
  return signInResponse(context, "/dashboard", await sealStaffSession(context.config, active));
}
