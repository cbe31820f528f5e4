import { cardNumber } from "card-validator/dist/card-number";
import { cvcLengthFor, detectBrand, validateCard, type CardBrand } from "@jeton/core/cards/validate-card";
import type { CardMessageCode } from "@jeton/core/cards/card-error-messages";
import type { FieldChangeEvent, FieldType } from "./protocol";

/** What a check of one field says; fieldState turns it into the change payload. */
interface Check {
  complete: boolean;
  /** Can no longer become valid by typing more: the error shows at once. */
  hopeless: boolean;
  code: CardMessageCode;
  brand?: CardBrand;
}

type Checker = (digits: string, brand: CardBrand, value: string) => Check;

// One checker per field type, apart, so that each field page's bundle keeps its own only.
export function numberCheck(digits: string): Check {
  const brand = detectBrand(digits);
  // The server's own rules, with a known-good expiry (validators.ts does the same for token.js).
  const complete = validateCard({ number: digits, expMonth: 12, expYear: new Date().getFullYear() + 1 }).ok;
  // Most cards have 16 digits (Amex 15): a failed check there is an error,
  // even though some brands allow 19 digits.
  const hopeless = !cardNumber(digits).isPotentiallyValid || (!complete && digits.length >= (brand === "amex" ? 15 : 16));
  return { complete, hopeless, code: "invalid_number", brand };
}

export function expiryCheck(digits: string): Check {
  const check = validateCard({ number: "4242424242424242", expMonth: digits.slice(0, 2), expYear: digits.length === 4 ? digits.slice(2) : "" });
  const hopeless = digits.length === 4 && !check.ok;
  return { complete: check.ok, hopeless, code: (hopeless && !check.ok && (check.errors[0]?.code as CardMessageCode)) || "invalid_expiry_month" };
}

export function cvcCheck(digits: string, brand: CardBrand): Check {
  // Before the number is known, 3 or 4 digits may both be right.
  const complete = brand === "unknown" ? digits.length === 3 || digits.length === 4 : digits.length === cvcLengthFor(brand);
  return { complete, hopeless: !complete && digits.length >= (brand === "unknown" ? 4 : cvcLengthFor(brand)), code: "invalid_cvc" };
}

export function holderCheck(_digits: string, _brand: CardBrand, value: string): Check {
  return { complete: value.trim() !== "", hopeless: false, code: "invalid_number" };
}

export const checkers: Record<FieldType, Checker> = { number: numberCheck, expiry: expiryCheck, cvc: cvcCheck, holder: holderCheck };

/**
 * The state a frame reports in `change` events, computed from the value it
 * alone holds. An error shows once the value can no longer become valid, or
 * when the shopper leaves an incomplete field: not while they are still typing.
 */
export function fieldState(
  check: Checker,
  value: string,
  brand: CardBrand,
  options: { blurred: boolean; message: (code: CardMessageCode) => string },
): FieldChangeEvent {
  const empty = value.trim() === "";
  const result = check(value.replace(/\D/g, ""), brand, value);
  const showError = !empty && !result.complete && (result.hopeless || options.blurred);
  return {
    empty,
    complete: result.complete,
    brand: result.brand ?? brand,
    error: showError ? { code: result.code, message: options.message(result.code) } : null,
  };
}
