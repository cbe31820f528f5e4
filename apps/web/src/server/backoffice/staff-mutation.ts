import { AppError, assertRole, isAppError, recordAuditEntry, type StaffRole } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { clientIp } from "@/server/http/client-ip";
import { errorResponse } from "@/server/http/error-response";
import { readLimitedBytes } from "@/server/http/read-limited-body";
import { withContext } from "@/server/http/with-context";
import { assertBackofficeOrigin } from "./assert-backoffice-origin";
import { authenticateStaff, type StaffIdentity } from "./authenticate-staff";
import { csrfTokenMatches, readStaffCookie, sealStaffSession, staffSetCookie } from "./staff-session";
import { seeOther } from "@/server/http/see-other";

export interface StaffMutationInput<P> {
  request: Request;
  context: AppContext;
  staff: StaffIdentity;
  params: P;
  /** The posted fields (urlencoded or multipart), `csrf` included. */
  fields: URLSearchParams;
  /** Multipart uploads by field name. */
  files: Map<string, File>;
}

export interface StaffMutationOutcome {
  /** Where a form post lands next (303); must be a back-office path. */
  redirect: string;
  /** A short code the landing page turns into a message (`?notice=`). */
  notice?: string;
  /** What the action was about, for the audit log. */
  target?: { type: string; id: string };
  /** What was asked, for the audit log: never card data or secrets. */
  details?: Record<string, unknown>;
  /** For fetch callers (Accept: application/json). */
  json?: unknown;
  /** A replacement session (e.g. the test/live switch), or null to drop the cookie (sign-out). */
  session?: StaffIdentity["session"] | null;
}

export interface StaffMutationOptions<P> {
  /** The audit log's name for it, e.g. `transaction.refund`. */
  action: string;
  /** The least role allowed to do it. */
  role: StaffRole;
  /** Largest body accepted; forms are small, a logo upload is not. */
  maxBytes?: number;
  /** The target named in the audit log, from the route params, when the action fails before knowing more. */
  target?: (params: P) => { type: string; id: string };
}

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * Every back-office mutation goes through here, in this order: a live staff
 * session (else nothing happens), the request's origin, the session's CSRF
 * token, the role; then the core operation, and an audit entry whatever the
 * outcome. Form posts get a 303 back to a page (the back-office works without
 * JavaScript); fetch callers asking for JSON get JSON or the error envelope.
 */
export function staffMutation<P = Record<string, never>>(
  options: StaffMutationOptions<P>,
  run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome>,
) {
  return withContext<P>((request, context, params) => handleStaffMutation(context, request, params, options, run));
}

/** The wrapper's body, callable with a test context. */
export async function handleStaffMutation<P>(
  context: AppContext,
  request: Request,
  params: P,
  options: StaffMutationOptions<P>,
  run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome>,
): Promise<Response> {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const fail = (error: unknown, back: string) => {
    if (wantsJson || !isAppError(error)) return errorResponse(error, context.logger);
    if (error.code === "session_required") return seeOther(context, "/login?reason=session");
    // The field at fault too (`?param=`), so that a page can say which one and why.
    return seeOther(context, withQuery(withQuery(back, "error", error.code), "param", error.param ?? null));
  };

  let staff: StaffIdentity | null;
  try {
    staff = await authenticateStaff(context, readStaffCookie(request.headers.get("cookie")));
  } catch (error) {
    return errorResponse(error, context.logger);
  }
  if (!staff) return fail(new AppError("session_required", "Sign in to the back-office."), "/login");

  const audit = (outcome: "success" | "failure" | "denied", target: { type: string; id: string } | undefined, details: Record<string, unknown>) =>
    recordAuditEntry(context, {
      merchantId: staff.merchantId,
      userId: staff.userId,
      actorEmail: staff.email,
      action: options.action,
      targetType: target?.type ?? null,
      targetId: target?.id ?? null,
      mode: staff.mode,
      outcome,
      ip: clientIp(request, context.config),
      userAgent: request.headers.get("user-agent"),
      details,
    });
  const fallbackTarget = options.target?.(params);
  let back = "/dashboard";

  try {
    assertBackofficeOrigin(request, context.config.publicUrl);
    const { fields, files } = await readFields(request, options.maxBytes ?? 16 * 1024);
    back = safeBackPath(fields.get("back")) ?? back;
    const token = fields.get("csrf") ?? request.headers.get("x-csrf-token");
    if (!csrfTokenMatches(token, staff.csrf)) throw new AppError("csrf_token_invalid", "This form is out of date; reload the page and try again.");
    assertRole(staff.role, options.role);

    const outcome = await run({ request, context, staff, params, fields, files });
    await audit("success", outcome.target ?? fallbackTarget, outcome.details ?? {});
    const response = wantsJson
      ? Response.json(outcome.json ?? { ok: true }, { headers: { "Cache-Control": "no-store" } })
      : seeOther(context, outcome.notice ? withQuery(outcome.redirect, "notice", outcome.notice) : outcome.redirect);
    const session = outcome.session === undefined ? { ...staff.session, seenAt: context.clock.now().getTime() } : outcome.session;
    response.headers.append("Set-Cookie", staffSetCookie(context.config, session && (await sealStaffSession(context.config, session))));
    return response;
  } catch (error) {
    const code = isAppError(error) ? error.code : "internal_error";
    const denied = code === "permission_denied" || code === "csrf_token_invalid" || code === "origin_not_allowed";
    await audit(denied ? "denied" : "failure", fallbackTarget, { error: code }).catch((auditError: unknown) =>
      context.logger.error({ err: auditError }, "audit entry not recorded"),
    );
    return fail(error, back);
  }
}

async function readFields(request: Request, maxBytes: number): Promise<{ fields: URLSearchParams; files: Map<string, File> }> {
  const contentType = request.headers.get("content-type") ?? "";
  const bytes = await readLimitedBytes(request, { maxBytes, mediaType: FORM, typeMessage: "Send a form (urlencoded or multipart)." });
  const fields = new URLSearchParams();
  const files = new Map<string, File>();
  if (!bytes) return { fields, files };
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) return { fields: new URLSearchParams(bytes.toString("utf8")), files };
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("parameter_invalid", "The form could not be read.");
  }
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields.append(name, value);
    else files.set(name, value);
  }
  return { fields, files };
}

/** Only back-office paths: a `back` field must not turn the platform into an open redirect. */
function safeBackPath(value: string | null): string | null {
  if (!value || !/^\/dashboard(\/|\?|$)/.test(value) || /\/\/|\\|\.\.|%2e/i.test(value)) return null;
  return value;
}

function withQuery(path: string, name: string, value: string | null): string {
  const url = new URL(path, "http://x");
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

