import { isLocale, locales, type Locale } from "@/i18n/messages";

/**
 * The payment page's language: the one the link asks for (`?lang=`) if the
 * merchant offers it, else the payment request's, else the merchant's
 * default. A language the merchant switched off is never shown, whatever the
 * link says.
 */
export function pickCheckoutLocale({
  requested,
  requestLocale,
  merchant,
}: {
  requested: string | undefined;
  requestLocale: Locale | null | undefined;
  merchant: { enabledLocales: readonly string[]; defaultLocale: Locale } | null | undefined;
}): Locale {
  const offered = offeredLocales(merchant);
  for (const candidate of [requested, requestLocale, merchant?.defaultLocale]) {
    if (isLocale(candidate) && offered.includes(candidate)) return candidate;
  }
  return offered[0] ?? "fr";
}

/** The languages the page's switcher lists, in the platform's order; all of them for an unknown request. */
export function offeredLocales(merchant: { enabledLocales: readonly string[] } | null | undefined): Locale[] {
  if (!merchant) return [...locales];
  const enabled = locales.filter((locale) => merchant.enabledLocales.includes(locale));
  return enabled.length > 0 ? enabled : [...locales];
}
