import { confirmTotpEnrolment, isAppError } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { readFormBody } from "@/server/http/read-form-body";
import { assertBackofficeOrigin } from "@/server/backoffice/assert-backoffice-origin";
import { csrfTokenMatches, newStaffSession, sealStaffSession } from "@/server/backoffice/staff-session";
import { auditSignIn } from "@/server/backoffice/sign-in/audit-sign-in";
import { readSignInSession } from "@/server/backoffice/sign-in/read-sign-in-session";
import { parseSignInForm } from "@/server/backoffice/sign-in/parse-sign-in-form";
import { signInResponse } from "@/server/backoffice/sign-in/sign-in-response";
import { confirmEnrolmentFields } from "./schema";

/**
 * POST /login/enrol/confirm: the first code from the user's authenticator
 * app. Once it matches the secret shown (kept in the session cookie), the
 * secret is stored and ten recovery codes are made; they travel, sealed, in
 * the session to the page that shows them once.
 */
export async function confirmEnrolment(context: AppContext, request: Request): Promise<Response> {
  const session = await readSignInSession(context, request, "enroll");
  if (!session?.pendingTotpSecret) return signInResponse(context, "/login?reason=expired", null);
  try {
    assertBackofficeOrigin(request, context.config.publicUrl);
  } catch {
    await auditSignIn(context, request, { action: "login.totp_enrol", user: session.userId, outcome: "denied", details: { error: "origin_not_allowed" } });
    return signInResponse(context, "/login/enrol?error=origin_not_allowed");
  }
  let fields: URLSearchParams;
  try {
    fields = await readFormBody(request, 4096);
  } catch {
    return signInResponse(context, "/login/enrol?error=parameter_invalid");
  }
  if (!csrfTokenMatches(fields.get("csrf"), session.csrf)) {
    await auditSignIn(context, request, { action: "login.totp_enrol", user: session.userId, outcome: "denied", details: { error: "csrf_token_invalid" } });
    return signInResponse(context, "/login/enrol?error=csrf_token_invalid");
  }
  const form = parseSignInForm(confirmEnrolmentFields, fields, "/login/enrol");
  if ("back" in form) return signInResponse(context, form.back);

  let result: Awaited<ReturnType<typeof confirmTotpEnrolment>>;
  try {
    result = await confirmTotpEnrolment(context, { userId: session.userId, secret: session.pendingTotpSecret, code: form.input.code });
  } catch (error) {
    // Already enrolled (another tab finished first): sign in the usual way.
    if (isAppError(error) && error.code === "invalid_state_transition") return signInResponse(context, "/login?reason=enrolled", null);
    throw error;
  }
  if (!result.ok) {
    await auditSignIn(context, request, { action: "login.totp_enrol", user: result.user, outcome: result.code === "account_locked" ? "denied" : "failure", details: { error: result.code, reason: result.reason } });
    if (result.code === "invalid_totp_code") return signInResponse(context, "/login/enrol?error=invalid_totp_code");
    return signInResponse(context, `/login?error=${result.code}`, null);
  }
  if (result.user.sessionVersion !== session.sessionVersion) return signInResponse(context, "/login?reason=expired", null);
  await auditSignIn(context, request, { action: "login.totp_enrol", user: result.user, outcome: "success", details: { recoveryCodes: result.recoveryCodes.length } });
  const next = newStaffSession(
    { userId: result.user.id, sessionVersion: result.user.sessionVersion, stage: "enroll", recoveryCodes: result.recoveryCodes },
    context.clock.now(),
  );
  return signInResponse(context, "/login/recovery-codes", await sealStaffSession(context.config, next));
}
