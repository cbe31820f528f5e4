import { detectBrand } from "@jeton/core/cards/validate-card";

/**
 * Spaces a card number the way it is embossed (4-4-4-4, Amex 4-6-5) so the
 * shopper can compare it with the card; non-digits are dropped.
 */
export function formatCardNumber(value: string): string {
  const digits = String(value ?? "").replace(/\D/g, "");
  if (detectBrand(digits) === "amex") {
    const amex = digits.slice(0, 15);
    return [amex.slice(0, 4), amex.slice(4, 10), amex.slice(10)].filter(Boolean).join(" ");
  }
  return (digits.slice(0, 19).match(/\d{1,4}/g) ?? []).join(" ");
}
