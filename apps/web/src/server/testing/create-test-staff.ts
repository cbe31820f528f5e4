import { createStaffUser, startTotpEnrolment, type Mode, type StaffRole, type StaffUserView } from "@jeton/core";
import type { AppContext } from "../context";
import { newStaffSession, sealStaffSession, STAFF_COOKIE, type StaffSessionData } from "../backoffice/staff-session";
import { staffRequestHeaders } from "./staff-request-headers";

export interface TestStaff {
  user: StaffUserView;
  password: string;
  /** Base32: the account has TOTP enrolled with it. */
  totpSecret: string;
  /** The `Cookie` header value of an active session: `jeton_staff=…`. */
  cookie: string;
  /** The session's CSRF token, for the `csrf` form field. */
  csrf: string;
  session: StaffSessionData;
}

/**
 * Tests only: a staff member of `merchantId` (created by the same core
 * operation as the CLI, TOTP already enrolled) and a signed-in session
 * cookie for them, as after a real sign-in.
 */
export async function createTestStaff(
  context: Pick<AppContext, "db" | "clock" | "vault" | "config">,
  input: { merchantId: string; role: StaffRole; email?: string; password?: string; mode?: Mode },
): Promise<TestStaff> {
  const password = input.password ?? "correct horse battery staple";
  const email = input.email ?? `${input.role}-${crypto.randomUUID().slice(0, 8)}@staff.test`;
  const { secret } = startTotpEnrolment({ email });
  const user = await createStaffUser(context, { merchantId: input.merchantId, email, password, role: input.role, totpSecret: secret });
  const session = newStaffSession({ userId: user.id, sessionVersion: 1, stage: "active", mode: input.mode ?? "test" }, context.clock.now());
  const sealed = await sealStaffSession(context.config, session);
  return { user, password, totpSecret: secret, cookie: `${STAFF_COOKIE}=${sealed}`, csrf: session.csrf, session };
}

/**
 * Tests only: a back-office form post as the browser sends it from a
 * back-office page (same-origin, session cookie, CSRF field). Override any
 * header (or drop one with `null`) to forge a request.
 */
export function staffFormRequest(
  context: Pick<AppContext, "config">,
  staff: Pick<TestStaff, "cookie" | "csrf"> | null,
  path: string,
  fields: Record<string, string | string[]> = {},
  headers: Record<string, string | null> = {},
): Request {
  // A list is a field sent once per item, in order (the metadata editor's rows).
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(staff ? { csrf: staff.csrf, ...fields } : fields)) for (const item of [value].flat()) body.append(name, item);
  const sent = staffRequestHeaders(context, staff, { "content-type": "application/x-www-form-urlencoded", ...headers });
  return new Request(new URL(path, context.config.publicUrl), { method: "POST", headers: sent, body });
}
