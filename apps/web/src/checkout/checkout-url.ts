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

/** The page of a payment request on a surface, with the parameters every step carries along. */
export function checkoutPath(location: CheckoutLocation, extra: Record<string, string> = {}): string {
  const base = location.surface === "embed" ? `/embed/${location.paymentRequestId}` : `/pay/${location.paymentRequestId}`;
  return `${base}?${checkoutQuery(location, extra)}`;
}

export function checkoutQuery(location: CheckoutLocation, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ lang: location.locale, ...extra });
  if (location.surface === "embed" && location.origin) query.set("origin", location.origin);
  return query.toString();
}

/** Intl locales for the three page languages; Tunisian Arabic keeps Latin digits for amounts. */
export const intlLocale: Record<Locale, string> = { fr: "fr-FR", en: "en-GB", ar: "ar-TN" };
