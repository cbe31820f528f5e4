import { cardNumber } from "card-validator/dist/card-number";
import luhn10 from "card-validator/dist/luhn-10";
import type { CardNumberCheck } from "./validate-card";

/**
 * How many leading digits decide a full-length number's card type: the longest
 * pattern in credit-card-type's table (card-validator's brand table) has 8
 * digits, and a number of 12 or more digits is longer than every pattern, so
 * every pattern that matches it matches on those digits alone, with its full
 * strength. check-card-number.test.ts fails if a new table has longer patterns.
 */
export const CARD_TYPE_PREFIX_DIGITS = 8;
/** Distinct prefixes kept; past that the cache starts again (a flood of random prefixes only costs the uncached check). */
const MAX_CACHED_PREFIXES = 2048;

const typesByPrefix = new Map<string, { type: string; lengths: readonly number[] } | null>();

/**
 * card-validator's `cardNumber` for a number of 12 to 19 digits (what
 * validateCard asks), with the card type looked up once per first 8 digits
 * (the BIN range, never more of the PAN). Uncached, `cardNumber` walks the
 * whole brand table and deep-clones the matching brand on every call (about
 * 5% of a token's CPU, BENCHMARKS.md, fifth round). The answer is card-validator's: the
 * type it found for those digits (none when none or several matched), then,
 * as it does, valid only at one of the type's lengths and with a correct Luhn
 * check digit (UnionPay numbers are not Luhn-checked).
 */
export const checkCardNumber: CardNumberCheck = (digits) => {
  if (!/^\d{12,19}$/.test(digits)) return cardNumber(digits);
  const prefix = digits.slice(0, CARD_TYPE_PREFIX_DIGITS);
  const card = typesByPrefix.get(prefix);
  if (card === undefined) {
    const checked = cardNumber(digits);
    if (typesByPrefix.size >= MAX_CACHED_PREFIXES) typesByPrefix.clear();
    typesByPrefix.set(prefix, checked.card ? { type: checked.card.type, lengths: [...checked.card.lengths] } : null);
    return checked;
  }
  if (card === null) return { card: null, isValid: false };
  return { card, isValid: card.lengths.includes(digits.length) && (card.type === "unionpay" || luhn10(digits)) };
};
