import type { NextRequest, NextResponse } from "next/server";
import { backofficeProxy } from "./server/backoffice/backoffice-proxy";
import { checkoutProxy } from "./server/checkout/checkout-proxy";
import { framingOriginsFromDatabase } from "./server/framing-origins";

/**
 * Strict headers for every page: the back-office's (never framed), and the
 * payment pages' (framed only on the routes made for it, by the merchant's
 * registered origins: see checkout-proxy.ts).
 */
export function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = btoa(crypto.randomUUID());
  const url = request.nextUrl;
  if (url.pathname === "/login" || url.pathname.startsWith("/login/") || url.pathname === "/dashboard" || url.pathname.startsWith("/dashboard/")) {
    return backofficeProxy(request, nonce);
  }
  return checkoutProxy(request, nonce, framingOriginsFromDatabase);
}

export const config = { matcher: ["/pay/:path*", "/embed/:path*", "/three-ds/:path*", "/login/:path*", "/dashboard/:path*"] };
