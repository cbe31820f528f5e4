import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/env";
import { STAFF_COOKIE, sealStaffSession, staffCookieAttributes, unsealStaffSession } from "./staff-session";

/** Refreshing the cookie on every request would rewrite it for each asset; once in this long is enough for an idle timeout. */
const REFRESH_AFTER_MS = 30_000;

/**
 * Back-office pages: strict headers, and the idle timeout. A page request with
 * a live session slides its `seenAt` forward; an expired one is sent to
 * /login and its cookie dropped. Pages still check the user in the database
 * (requireStaff): the proxy only knows what the cookie says.
 */
export async function backofficeProxy(request: NextRequest, nonce: string): Promise<NextResponse> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    // Charts and the branding preview set colours inline; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The branding preview frames the platform's own payment page.
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);

  const isPage = request.method === "GET" || request.method === "HEAD";
  const onDashboard = request.nextUrl.pathname === "/dashboard" || request.nextUrl.pathname.startsWith("/dashboard/");
  const sealed = request.cookies.get(STAFF_COOKIE)?.value;
  let response = NextResponse.next({ request: { headers } });

  if (isPage && onDashboard) {
    const config = getConfig();
    const now = new Date();
    const session = await unsealStaffSession(config, sealed, now);
    if (!session || session.stage !== "active") {
      const login = new URL("/login", config.publicUrl);
      login.searchParams.set("reason", sealed ? "expired" : "session");
      response = NextResponse.redirect(login, 303);
      if (sealed) response.cookies.set(STAFF_COOKIE, "", { ...staffCookieAttributes(config), maxAge: 0 });
    } else if (now.getTime() - session.seenAt > REFRESH_AFTER_MS) {
      const refreshed = await sealStaffSession(config, { ...session, seenAt: now.getTime() });
      response.cookies.set(STAFF_COOKIE, refreshed, staffCookieAttributes(config));
    }
  }
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}
