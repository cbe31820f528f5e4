// Browser-safe: token.js bundles this file, so it must not import Node modules.
import { cardNumber } from "card-validator/dist/card-number";
import { cvv } from "card-validator/dist/cvv";

export type CardBrand =
  | "visa"
  | "mastercard"
  | "amex"
  | "discover"
  | "diners"
  | "jcb"
  | "unionpay"
  | "maestro"
  | "mir"
  | "elo"
  | "hiper"
  | "hipercard"
  | "unknown";

export type CardField = "number" | "expMonth" | "expYear" | "cvc";
export type CardErrorCode = "invalid_number" | "invalid_expiry_month" | "invalid_expiry_year" | "expired_card" | "invalid_cvc";

export interface CardFieldError {
  code: CardErrorCode;
  field: CardField;
}

export interface CardInput {
  number: string;
  expMonth: number | string;
  expYear: number | string;
  cvc?: string | undefined;
}

export interface ValidCard {
  number: string;
  brand: CardBrand;
  expMonth: number;
  expYear: number;
  cvc: string | undefined;
}

export type CardValidation = { ok: true; card: ValidCard } | { ok: false; errors: CardFieldError[] };

/** What validateCard needs of a full-length number's check: card-validator's `cardNumber`, or the server's cached equivalent. */
export type CardNumberCheck = (digits: string) => { card: { type: string } | null; isValid: boolean };

const brandNames: Record<string, CardBrand> = {
  visa: "visa",
  mastercard: "mastercard",
  "american-express": "amex",
  discover: "discover",
  "diners-club": "diners",
  jcb: "jcb",
  unionpay: "unionpay",
  maestro: "maestro",
  mir: "mir",
  elo: "elo",
  hiper: "hiper",
  hipercard: "hipercard",
};

/** Digits only: shoppers type spaces and dashes, the networks never see them. */
export function normalizeCardNumber(value: string): string {
  return value.replace(/[\s-]/g, "");
}

/** The brand as soon as the first digits tell it (for live brand display). */
export function detectBrand(number: string): CardBrand {
  const type = cardNumber(normalizeCardNumber(number)).card?.type;
  return (type && brandNames[type]) || "unknown";
}

/** The CVC length a brand uses: 4 for Amex, 3 otherwise. */
export function cvcLengthFor(brand: CardBrand): number {
  return brand === "amex" ? 4 : 3;
}

function toInt(value: number | string): number {
  if (typeof value === "number") return Number.isInteger(value) ? value : Number.NaN;
  return /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * Full validation of a card before it is tokenized: number (length, Luhn,
 * brand), expiry (not past at `now`), CVC length for the brand. All errors
 * are returned, each with the field it concerns. `checkNumber` is called with
 * 12 to 19 digits only (the server passes checkCardNumber, the same answers
 * without card-validator's per-call cost).
 */
export function validateCard(input: CardInput, now: Date = new Date(), checkNumber: CardNumberCheck = cardNumber): CardValidation {
  const errors: CardFieldError[] = [];
  const number = normalizeCardNumber(String(input.number ?? ""));
  const numberCheck = /^\d{12,19}$/.test(number) ? checkNumber(number) : undefined;
  const brand = (numberCheck?.card && brandNames[numberCheck.card.type]) || "unknown";
  if (!numberCheck?.isValid) errors.push({ code: "invalid_number", field: "number" });

  const month = toInt(input.expMonth);
  let year = toInt(input.expYear);
  if (year >= 0 && year < 100) year += 2000;
  const monthValid = month >= 1 && month <= 12;
  const yearValid = year >= 2000 && year <= now.getUTCFullYear() + 25;
  if (!monthValid) errors.push({ code: "invalid_expiry_month", field: "expMonth" });
  if (!yearValid) errors.push({ code: "invalid_expiry_year", field: "expYear" });
  if (monthValid && yearValid) {
    // A card is valid through the last day of its expiry month.
    const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
    if (year * 12 + (month - 1) < thisMonth) errors.push({ code: "expired_card", field: "expMonth" });
  }

  const cvc = input.cvc === undefined || input.cvc === "" ? undefined : String(input.cvc);
  if (cvc !== undefined) {
    const expected = cvcLengthFor(brand);
    if (!/^\d+$/.test(cvc) || !cvv(cvc, expected).isValid) errors.push({ code: "invalid_cvc", field: "cvc" });
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, card: { number, brand, expMonth: month, expYear: year, cvc } };
}
