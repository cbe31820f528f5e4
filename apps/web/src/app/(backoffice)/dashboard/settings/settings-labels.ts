import { isCurrencyCode, type CheckoutLocale, type ThreeDsPolicy } from "@jeton/core";
import { formatMoney } from "@/backoffice/format-money";

export const localeNames: Record<CheckoutLocale, string> = { fr: "French", en: "English", ar: "Arabic" };

/** The 3-D Secure policy in a few words, with the threshold in major units. */
export function describeThreeDsPolicy(policy: ThreeDsPolicy): string {
  if (policy.threeDsPolicy === "always") return "always asked";
  if (policy.threeDsPolicy === "above_amount" && policy.threshold !== null && policy.thresholdCurrency && isCurrencyCode(policy.thresholdCurrency)) {
    return `asked from ${formatMoney(policy.threshold, policy.thresholdCurrency)} up (other currencies: as the card's bank decides)`;
  }
  return "as the card's bank decides";
}
