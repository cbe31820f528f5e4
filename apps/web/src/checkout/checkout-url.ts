import type { Locale } from "@/i18n/messages";

/** Where the hosted page is shown: a full page after a redirect, or the iframe Smart Form. */
export type Surface = "redirect" | "embed";

export interface CheckoutLocation {
  surface: Surface;
  paymentRequestId: string;
  locale: Locale;
  /** For the embed surface: the merchant page's origin, the only one it may talk to. */
  origin?: string | null | undefined;
}

/**
 * The page of a payment request on a surface, with the parameters every step carries along.
 * The surface is in the route, never in the query: only `/embed/…` routes may be framed (checkout-proxy.ts).
 */
export function checkoutPath(location: CheckoutLocation, extra: Record<string, string> = {}): string {
  return `${surfaceBase(location)}?${checkoutQuery(location, extra)}`;
}

/** The 3-D Secure step of an attempt: `/pay/{id}/challenge`, or `/embed/{id}/challenge` in the Smart Form. */
export function challengePath(location: CheckoutLocation, transactionId: string): string {
  return `${surfaceBase(location)}/challenge?${checkoutQuery(location, { tx: transactionId })}`;
}

/** Where the bank posts the CRes: `/pay/three-ds` (framed by the platform only), or `/embed/{id}/three-ds`. */
export function notificationPath(location: CheckoutLocation): string {
  return `${location.surface === "embed" ? `${surfaceBase(location)}/three-ds` : "/pay/three-ds"}?${checkoutQuery(location)}`;
}

function surfaceBase(location: CheckoutLocation): string {
  const id = encodeURIComponent(location.paymentRequestId);
  return location.surface === "embed" ? `/embed/${id}` : `/pay/${id}`;
}

export function checkoutQuery(location: CheckoutLocation, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ lang: location.locale, ...extra });
  if (location.surface === "embed" && location.origin) query.set("origin", location.origin);
  return query.toString();
}

/** Intl locales for the three page languages; Tunisian Arabic keeps Latin digits for amounts. */
export const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB", ar: "ar-TN" };
