/**
 * ISO 4217 minor units for the currencies Jeton accepts. Amounts are always
 * integers in this unit (cents, millimes, yen).
 */
export const currencyMinorUnits = {
  AED: 2, AUD: 2, BHD: 3, BRL: 2, CAD: 2, CHF: 2, CLP: 0, CNY: 2, CZK: 2, DKK: 2, DZD: 2,
  EGP: 2, EUR: 2, GBP: 2, HKD: 2, HUF: 2, IDR: 2, ILS: 2, INR: 2, IQD: 3, ISK: 0, JOD: 3,
  JPY: 0, KRW: 0, KWD: 3, LYD: 3, MAD: 2, MXN: 2, NOK: 2, NZD: 2, OMR: 3, PLN: 2, QAR: 2,
  RON: 2, SAR: 2, SEK: 2, SGD: 2, THB: 2, TND: 3, TRY: 2, UGX: 0, USD: 2, VND: 0, XAF: 0,
  XOF: 0, XPF: 0, ZAR: 2,
} as const satisfies Record<string, number>;

export type CurrencyCode = keyof typeof currencyMinorUnits;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return Object.hasOwn(currencyMinorUnits, value);
}

export function minorUnitsOf(currency: CurrencyCode): number {
  return currencyMinorUnits[currency];
}

/** Whether `amount` is a valid amount in minor units: a non-negative safe integer. */
export function isMinorAmount(amount: unknown): amount is number {
  return typeof amount === "number" && Number.isSafeInteger(amount) && amount >= 0;
}

/** Minor units to a decimal string in major units, exactly (no floating point): 12345 TND → "12.345". */
export function toMajorString(amount: number, currency: CurrencyCode): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError("amount must be an integer in minor units");
  const digits = minorUnitsOf(currency);
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount).toString();
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** A major-unit decimal string to minor units, refusing more decimals than the currency has. */
export function parseMajorString(value: string, currency: CurrencyCode): number {
  const digits = minorUnitsOf(currency);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new RangeError(`not a decimal amount: ${value}`);
  const [, sign, whole, fraction = ""] = match;
  if (fraction.length > digits) throw new RangeError(`${currency} has ${digits} decimal places`);
  const minor = Number(`${whole}${fraction.padEnd(digits, "0")}`);
  if (!Number.isSafeInteger(minor)) throw new RangeError("amount too large");
  return sign === "-" ? -minor : minor;
}

/** Locale-aware display; the number is built from the exact major string, so no rounding can creep in. */
export function formatAmount(amount: number, currency: CurrencyCode, locale: string): string {
  const digits = minorUnitsOf(currency);
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(toMajorString(amount, currency) as unknown as number);
}
