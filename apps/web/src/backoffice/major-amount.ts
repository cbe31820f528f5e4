import { isCurrencyCode, toMajorString } from "@jeton/core";

/**
 * An amount in minor units as a plain major-units number string (`12.50`,
 * `12.345`, `500`), as form fields take it and the audit log records it;
 * an unknown currency's amount stays as it is.
 */
export function majorAmount(amount: number, currency: string): string {
  return isCurrencyCode(currency) ? toMajorString(amount, currency) : String(amount);
}
