import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "./i18n/messages";
import { backofficeProxy } from "./server/backoffice/backoffice-proxy";

/**
 * Payment pages get a fresh CSP nonce per request (Next.js applies it to its
 * own scripts when it finds it in the request's CSP header). The embed page
 * may be framed only by the origin named in `?origin=`; the page itself then
 * checks that this origin is registered for the merchant, so the browser
 * enforces the framing and the server the registration. The chosen language
 * travels to the root layout as a request header (`<html lang dir>`).
 */
export function proxy(request: NextRequest): NextResponse | Promise<NextResponse> {
  const nonce = btoa(crypto.randomUUID());
  const url = request.nextUrl;
  if (url.pathname === "/login" || url.pathname.startsWith("/login/") || url.pathname === "/dashboard" || url.pathname.startsWith("/dashboard/")) {
    return backofficeProxy(request, nonce);
  }
  // The embed page and the steps it leads to (3-D Secure challenge) are framed by the merchant page,
  // and so is the challenge token.js opens for an API transaction (/three-ds/…).
  const embedded =
    url.pathname.startsWith("/embed/") || url.pathname.startsWith("/three-ds/") || url.searchParams.get("surface") === "embed";
  const embedOrigin = embedded ? parseOrigin(url.searchParams.get("origin")) : null;
  // The 3DS notification lands inside the bank's frame, itself inside the challenge page: every ancestor must be allowed.
  const notification = url.pathname === "/pay/three-ds" || url.pathname === "/three-ds/notify";
  const ancestors = notification ? ["'self'", embedOrigin].filter(Boolean).join(" ") : (embedOrigin ?? "'none'");
  const csp = [
    "default-src 'self'",
    // NODE_ENV is inlined by Next.js at build time: dev mode's React needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    `frame-ancestors ${ancestors}`,
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const lang = url.searchParams.get("lang");
  if (isLocale(lang)) headers.set("x-jeton-lang", lang);
  else headers.delete("x-jeton-lang");

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

/** Only a bare http(s) origin may go into the header: anything else could inject directives. */
function parseOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== value) return null;
    return url.origin;
  } catch {
    return null;
  }
}

export const config = { matcher: ["/pay/:path*", "/embed/:path*", "/three-ds/:path*", "/login/:path*", "/dashboard/:path*"] };
