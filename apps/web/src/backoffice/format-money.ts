import { formatAmount, isCurrencyCode } from "@jeton/core";

/**
 * An amount in minor units as staff read it, in major units with its
 * currency (`€12.50`, `TND 12.345`, `JP¥500`), through core's per-currency
 * exponents. The back-office is in English.
 */
export function formatMoney(amount: number, currency: string): string {
  if (!isCurrencyCode(currency)) return `${amount} ${currency}`;
  return formatAmount(amount, currency, "en-GB");
}

