import { consumeRateLimit, isAppError, startTotpEnrolment, verifyStaffPassword } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { clientIp } from "@/server/http/client-ip";
import { readFormBody } from "@/server/http/read-form-body";
import { assertBackofficeOrigin } from "@/server/backoffice/assert-backoffice-origin";
import { newStaffSession, sealStaffSession } from "@/server/backoffice/staff-session";
import { auditSignIn } from "@/server/backoffice/sign-in/audit-sign-in";
import { parseSignInForm } from "@/server/backoffice/sign-in/parse-sign-in-form";
import { signInResponse } from "@/server/backoffice/sign-in/sign-in-response";
import { passwordSignInFields } from "./schema";

/**
 * POST /login/password, sign-in step 1. A right password leads to the
 * second-factor page, or on a first sign-in to TOTP enrolment, with a session
 * cookie that is good for nothing else (stage `password` or `enroll`). A
 * wrong one goes back to /login with one message for every cause, a locked
 * account included (locked for this address, or everywhere).
 */
export async function submitPassword(context: AppContext, request: Request): Promise<Response> {
  try {
    // Login CSRF: another site must not sign a visitor in to an account of its choosing.
    assertBackofficeOrigin(request, context.config.publicUrl);
  } catch {
    return signInResponse(context, "/login?error=origin_not_allowed");
  }
  let fields: URLSearchParams;
  try {
    fields = await readFormBody(request, 4096);
  } catch (error) {
    return signInResponse(context, `/login?error=${isAppError(error) ? error.code : "parameter_invalid"}`);
  }
  const form = parseSignInForm(passwordSignInFields, fields, "/login");
  if ("back" in form) return signInResponse(context, form.back);
  const { email, password } = form.input;
  // The lockout guards each account; this guards against one address trying many accounts (password spraying).
  const ip = clientIp(request, context.config);
  const limit = await consumeRateLimit(context, `login:ip:${ip}`, context.config.rateLimits.loginPerIp);
  if (!limit.allowed) {
    context.logger.warn({ ip }, "back-office sign-in rate limited");
    return signInResponse(context, "/login?error=rate_limited");
  }
  const result = await verifyStaffPassword(context, { email, password, ip });
  if (!result.ok) {
    await auditSignIn(context, request, {
      action: "login.password",
      user: result.user,
      outcome: result.reason === "locked" ? "denied" : "failure",
      details: { error: result.code, reason: result.reason, ...(result.code === "invalid_credentials" && result.locked ? { locked: result.locked } : {}) },
    });
    // One answer for every refusal: an unknown email, a wrong password and a locked account look alike.
    return signInResponse(context, "/login?error=invalid_credentials", null);
  }
  await auditSignIn(context, request, { action: "login.password", user: result.user, outcome: "success", details: { next: result.next } });
  const now = context.clock.now();
  const { user } = result;
  if (result.next === "enrol") {
    const { secret } = startTotpEnrolment({ email: user.email });
    const session = newStaffSession({ userId: user.id, sessionVersion: user.sessionVersion, stage: "enroll", pendingTotpSecret: secret }, now);
    return signInResponse(context, "/login/enrol", await sealStaffSession(context.config, session));
  }
  const session = newStaffSession({ userId: user.id, sessionVersion: user.sessionVersion, stage: "password" }, now);
  return signInResponse(context, "/login/second-factor", await sealStaffSession(context.config, session));
}
