import { type Database, schema } from "@jeton/db";
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "../errors";
import type { Mode } from "./create-api-key";
import type { ThreeDsPolicy } from "../three-ds/perform-three-ds-lookup";
import type { CheckoutLocale } from "./set-checkout-locales";

export interface MerchantSettingsView {
  merchantId: string;
  name: string;
  displayName: string;
  logoUrl: string | null;
  primaryColor: string;
  backgroundColor: string;
  enabledLocales: CheckoutLocale[];
  defaultLocale: CheckoutLocale;
  threeDsPolicy: ThreeDsPolicy;
  /** Of the mode asked for: test and live register their own. */
  origins: string[];
  returnUrls: string[];
}

/** What the back-office's settings show: merchant-wide settings, and the origins and return URLs of `mode`. */
export async function getMerchantSettings({ db }: { db: Database }, merchantId: string, mode: Mode): Promise<MerchantSettingsView> {
  const [row] = await db
    .select({ merchant: schema.merchants, settings: schema.merchantSettings })
    .from(schema.merchants)
    .innerJoin(schema.merchantSettings, eq(schema.merchantSettings.merchantId, schema.merchants.id))
    .where(eq(schema.merchants.id, merchantId));
  if (!row) throw new AppError("resource_not_found", `No such merchant: ${merchantId.slice(0, 100)}`, { param: "merchant" });
  const origins = await db
    .select({ origin: schema.merchantOrigins.origin })
    .from(schema.merchantOrigins)
    .where(and(eq(schema.merchantOrigins.merchantId, merchantId), eq(schema.merchantOrigins.mode, mode)))
    .orderBy(asc(schema.merchantOrigins.origin));
  const returnUrls = await db
    .select({ urlPrefix: schema.merchantReturnUrls.urlPrefix })
    .from(schema.merchantReturnUrls)
    .where(and(eq(schema.merchantReturnUrls.merchantId, merchantId), eq(schema.merchantReturnUrls.mode, mode)))
    .orderBy(asc(schema.merchantReturnUrls.urlPrefix));
  const { settings } = row;
  return {
    merchantId,
    name: row.merchant.name,
    displayName: settings.displayName ?? row.merchant.name,
    logoUrl: settings.logoUrl,
    primaryColor: settings.primaryColor,
    backgroundColor: settings.backgroundColor,
    enabledLocales: settings.enabledLocales as CheckoutLocale[],
    defaultLocale: settings.defaultLocale,
    threeDsPolicy: { threeDsPolicy: settings.threeDsPolicy, threshold: settings.threeDsThreshold, thresholdCurrency: settings.threeDsThresholdCurrency },
    origins: origins.map((o) => o.origin),
    returnUrls: returnUrls.map((r) => r.urlPrefix),
  };
}
