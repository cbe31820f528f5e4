import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";

/** The payment page's languages. */
export const CHECKOUT_LOCALES = ["fr", "en", "ar"] as const;
export type CheckoutLocale = (typeof CHECKOUT_LOCALES)[number];

export function isCheckoutLocale(value: unknown): value is CheckoutLocale {
  return typeof value === "string" && (CHECKOUT_LOCALES as readonly string[]).includes(value);
}

/**
 * The languages the payment page offers, and the one it opens in when the
 * link names none (or names one that is not offered). At least one, and the
 * default among them.
 */
export async function setCheckoutLocales(
  { db, clock }: { db: Database; clock: Clock },
  merchantId: string,
  input: { enabledLocales: string[]; defaultLocale: string },
): Promise<{ enabledLocales: CheckoutLocale[]; defaultLocale: CheckoutLocale }> {
  const unknown = input.enabledLocales.find((locale) => !isCheckoutLocale(locale));
  if (unknown !== undefined) throw new AppError("parameter_invalid", `Not a payment page language: ${unknown.slice(0, 20)}`, { param: "enabledLocales" });
  // Kept in the platform's order, whatever order the form sent.
  const enabledLocales = CHECKOUT_LOCALES.filter((locale) => input.enabledLocales.includes(locale));
  if (enabledLocales.length === 0) throw new AppError("parameter_invalid", "Enable at least one language.", { param: "enabledLocales" });
  const defaultLocale = input.defaultLocale;
  if (!isCheckoutLocale(defaultLocale) || !enabledLocales.includes(defaultLocale)) {
    throw new AppError("parameter_invalid", "The default language must be one of the enabled languages.", { param: "defaultLocale" });
  }
  const [row] = await db
    .update(schema.merchantSettings)
    .set({ enabledLocales, defaultLocale, updatedAt: clock.now() })
    .where(eq(schema.merchantSettings.merchantId, merchantId))
    .returning({ merchantId: schema.merchantSettings.merchantId });
  if (!row) throw new AppError("resource_not_found", `No such merchant: ${merchantId.slice(0, 100)}`, { param: "merchant" });
  return { enabledLocales, defaultLocale };
}
