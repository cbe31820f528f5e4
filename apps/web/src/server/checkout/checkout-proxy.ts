import type { FramedResource } from "@jeton/core";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "@/i18n/messages";

/** The origins a merchant registered, for the resource a framed route names (the database lookup in production). */
export type FramingOrigins = (resource: FramedResource) => Promise<string[]>;

interface Framing {
  /** Whose registered origins may frame the page. */
  resource?: FramedResource;
  /** The 3DS notification lands in the bank's frame, inside the platform's challenge page: 'self' is an ancestor too. */
  self: boolean;
}

const ID = "([^/]+)";
// Whether a page may be framed is decided by its route alone, never by a query parameter.
const framedRoutes: [RegExp, (id: string) => Framing][] = [
  // The iframe Smart Form and its tickets, its 3-D Secure step and that step's notification.
  [new RegExp(`^/embed/${ID}/?$`), (id) => ({ resource: { paymentRequestId: id }, self: false })],
  [new RegExp(`^/embed/${ID}/challenge/?$`), (id) => ({ resource: { paymentRequestId: id }, self: false })],
  [new RegExp(`^/embed/${ID}/three-ds/?$`), (id) => ({ resource: { paymentRequestId: id }, self: true })],
  // token.js's challenge for an API transaction, and its notification.
  [new RegExp(`^/three-ds/${ID}/?$`), (id) => ({ resource: { transactionId: id }, self: false })],
  [new RegExp(`^/three-ds/${ID}/notify/?$`), (id) => ({ resource: { transactionId: id }, self: true })],
  // The redirect page's notification sits in the bank's frame, inside the platform's own challenge page.
  [/^\/pay\/three-ds\/?$/, () => ({ self: true })],
];

function framingOf(pathname: string): Framing | null {
  for (const [pattern, framing] of framedRoutes) {
    const match = pattern.exec(pathname);
    if (match) return framing(decodeURIComponent(match[1] ?? ""));
  }
  return null;
}

/** A 3DS notification route that sits in a merchant's page (the Smart Form's, token.js's): the bank's page above it does too. */
export function isEmbeddedNotificationPath(pathname: string): boolean {
  const framing = framingOf(pathname);
  return Boolean(framing?.self && framing.resource);
}

/**
 * `frame-ancestors` and `X-Frame-Options` of a checkout page. The redirect
 * page, its tickets and everything not listed above: nobody frames them. A
 * framed route: the origins registered by the merchant that owns the id in
 * the route (the page itself then checks the `?origin=` it talks to is one
 * of them). Only bare origins from the database reach the header.
 */
export async function framingHeaders(pathname: string, framingOrigins: FramingOrigins): Promise<{ ancestors: string; xFrameOptions: string | null }> {
  const framing = framingOf(pathname);
  if (!framing) return { ancestors: "'none'", xFrameOptions: "DENY" };
  const origins = framing.resource ? (await framingOrigins(framing.resource)).filter(isBareOrigin) : [];
  const ancestors = [...(framing.self ? ["'self'"] : []), ...origins];
  if (ancestors.length === 0) return { ancestors: "'none'", xFrameOptions: "DENY" };
  // X-Frame-Options cannot name another origin: only pages framed by the platform alone carry it.
  return { ancestors: ancestors.join(" "), xFrameOptions: origins.length === 0 ? "SAMEORIGIN" : null };
}

function isBareOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * Payment pages get a fresh CSP nonce per request (Next.js applies it to its
 * own scripts when it finds it in the request's CSP header), and the framing
 * headers above. The chosen language travels to the root layout as a request
 * header (`<html lang dir>`).
 */
export async function checkoutProxy(request: NextRequest, nonce: string, framingOrigins: FramingOrigins): Promise<NextResponse> {
  const url = request.nextUrl;
  const { ancestors, xFrameOptions } = await framingHeaders(url.pathname, framingOrigins);
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
  if (xFrameOptions) response.headers.set("X-Frame-Options", xFrameOptions);
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
