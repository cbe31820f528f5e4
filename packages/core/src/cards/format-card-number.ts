// Browser-safe: token.js, the Fields frames and the hosted page's Smart Form all
// format the card number with this file, so every Jeton surface groups it alike.
import { detectBrand } from "./validate-card";

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

/** "MMYY" typed as digits, shown as "MM / YY". */
export function formatExpiry(value: string): string {
  const digits = String(value ?? "").replace(/\D/g, "").slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)} / ${digits.slice(2)}` : digits;
}

/**
 * Reformats an input's value as it is typed and says where the caret goes: after
 * the same number of digits as before, so inserting or deleting in the middle of
 * the number does not throw the caret to the end.
 */
export function reformatKeepingCaret(
  value: string,
  caret: number | null | undefined,
  format: (value: string) => string = formatCardNumber,
): { value: string; caret: number } {
  const formatted = format(value);
  const at = caret ?? value.length;
  const digitsBefore = value.slice(0, at).replace(/\D/g, "").length;
  let seen = 0;
  let position = 0;
  while (position < formatted.length && seen < digitsBefore) {
    if (/\d/.test(formatted[position] as string)) seen += 1;
    position += 1;
  }
  return { value: formatted, caret: position };
}
