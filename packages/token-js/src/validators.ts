import { cvcLengthFor, detectBrand, normalizeCardNumber, validateCard, type CardBrand, type CardErrorCode } from "@jeton/core/cards/validate-card";
import { parseExpiry } from "@jeton/core/cards/parse-expiry";

// Live-feedback helpers. Each runs the server's own validateCard with the other
// fields set to known-good values, so the browser and the API can never
// disagree about what a valid number or expiry is.

export interface FieldValidation {
  valid: boolean;
  code?: CardErrorCode;
}

export interface CardNumberValidation extends FieldValidation {
  brand: CardBrand;
}

const probeNumber = "4242424242424242";

function probeExpiry(): { expMonth: number; expYear: number } {
  return { expMonth: 12, expYear: new Date().getUTCFullYear() + 1 };
}

export function cardBrand(value: string): CardBrand {
  return detectBrand(String(value ?? ""));
}

export function validateCardNumber(value: string): CardNumberValidation {
  const number = normalizeCardNumber(String(value ?? ""));
  const brand = detectBrand(number);
  const result = validateCard({ number, ...probeExpiry() });
  const error = result.ok ? undefined : result.errors.find((e) => e.field === "number");
  return error ? { valid: false, brand, code: error.code } : { valid: true, brand };
}

export function validateExpiry(value: string | { month: string | number; year: string | number }): FieldValidation {
  const { expMonth, expYear } =
    typeof value === "string" || value == null
      ? parseExpiry(String(value ?? ""))
      : { expMonth: String(value.month ?? "").trim(), expYear: String(value.year ?? "").trim() };
  const result = validateCard({ number: probeNumber, expMonth, expYear });
  const error = result.ok ? undefined : result.errors.find((e) => e.field === "expMonth" || e.field === "expYear");
  return error ? { valid: false, code: error.code } : { valid: true };
}

/**
 * Without a known brand the CVC may be 3 or 4 digits: the shopper may type it
 * before the number, and rejecting a correct Amex CVC would be wrong.
 */
export function validateCvc(value: string, brand?: CardBrand | string): FieldValidation {
  const cvc = String(value ?? "").trim();
  const lengths = brand && brand !== "unknown" ? [cvcLengthFor(brand as CardBrand)] : [3, 4];
  return /^\d+$/.test(cvc) && lengths.includes(cvc.length) ? { valid: true } : { valid: false, code: "invalid_cvc" };
}
