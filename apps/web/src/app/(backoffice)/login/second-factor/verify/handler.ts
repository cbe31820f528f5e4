import { verifyStaffSecondFactor } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { clientIp } from "@/server/http/client-ip";
import { readFormBody } from "@/server/http/read-form-body";
import { assertBackofficeOrigin } from "@/server/backoffice/assert-backoffice-origin";
import { csrfTokenMatches, newStaffSession, sealStaffSession } from "@/server/backoffice/staff-session";
import { auditSignIn } from "@/server/backoffice/sign-in/audit-sign-in";
import { readSignInSession } from "@/server/backoffice/sign-in/read-sign-in-session";
import { parseSignInForm } from "@/server/backoffice/sign-in/parse-sign-in-form";
import { signInResponse } from "@/server/backoffice/sign-in/sign-in-response";
import { secondFactorFields } from "./schema";

/**
 * POST /login/second-factor/verify, sign-in step 2: a TOTP code or a
 * recovery code, for the user whose password was right. Success starts a new
 * session (new CSRF token) at stage `active`; a wrong code stays on the page;
 * a lockout sends the user back to /login.
 */
export async function submitSecondFactor(context: AppContext, request: Request): Promise<Response> {
  const session = await readSignInSession(context, request, "password");
  if (!session) return signInResponse(context, "/login?reason=expired", null);
  try {
    assertBackofficeOrigin(request, context.config.publicUrl);
  } catch {
    await auditSignIn(context, request, { action: "login.second_factor", user: session.userId, outcome: "denied", details: { error: "origin_not_allowed" } });
    return signInResponse(context, "/login/second-factor?error=origin_not_allowed");
  }
  let fields: URLSearchParams;
  try {
    fields = await readFormBody(request, 4096);
  } catch {
    return signInResponse(context, "/login/second-factor?error=parameter_invalid");
  }
  if (!csrfTokenMatches(fields.get("csrf"), session.csrf)) {
    await auditSignIn(context, request, { action: "login.second_factor", user: session.userId, outcome: "denied", details: { error: "csrf_token_invalid" } });
    return signInResponse(context, "/login/second-factor?error=csrf_token_invalid");
  }

  const form = parseSignInForm(secondFactorFields, fields, "/login/second-factor");
  if ("back" in form) return signInResponse(context, form.back);

  const ip = clientIp(request, context.config);
  const result = await verifyStaffSecondFactor(context, { userId: session.userId, code: form.input.code, ip });
  if (!result.ok) {
    await auditSignIn(context, request, {
      action: "login.second_factor",
      user: result.user,
      outcome: result.code === "account_locked" ? "denied" : "failure",
      details: { error: result.code, reason: result.reason },
    });
    if (result.code === "invalid_totp_code") return signInResponse(context, "/login/second-factor?error=invalid_totp_code");
    return signInResponse(context, `/login?error=${result.code}`, null);
  }
  // Sessions revoked meanwhile (by an owner) also void a half-finished sign-in.
  if (result.user.sessionVersion !== session.sessionVersion) return signInResponse(context, "/login?reason=expired", null);
  await auditSignIn(context, request, {
    action: "login.second_factor",
    user: result.user,
    outcome: "success",
    details: { method: result.method, ...(result.recoveryCodesLeft !== undefined ? { recoveryCodesLeft: result.recoveryCodesLeft } : {}) },
  });
  const active = newStaffSession({ userId: result.user.id, sessionVersion: result.user.sessionVersion, stage: "active" }, context.clock.now());
  const landing = result.method === "recovery_code" ? "/dashboard?notice=recovery_code_used" : "/dashboard";
  return signInResponse(context, landing, await sealStaffSession(context.config, active));
}
