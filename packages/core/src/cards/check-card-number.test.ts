import cardValidator from "card-validator";
import { cardNumber } from "card-validator/dist/card-number";
import { describe, expect, it } from "vitest";
import { CARD_TYPE_PREFIX_DIGITS, checkCardNumber } from "./check-card-number";
import { validateCard } from "./validate-card";

const { creditCardType } = cardValidator;
const brands = Object.values(creditCardType.types).map((type) => creditCardType.getTypeInfo(type));

/** The digit that makes `body` pass the Luhn check. */
function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Numbers of every length from 12 to 19 starting with `start`, with a right and a wrong check digit. */
function numbersFrom(start: string, fill: string): string[] {
  const numbers: string[] = [];
  for (let length = 12; length <= 19; length++) {
    const body = (start + fill.repeat(19)).slice(0, length - 1);
    const good = luhnDigit(body);
    numbers.push(body + good, body + String((Number(good) + 1) % 10));
  }
  return numbers;
}

/** Starts to try: every pattern's bounds, either side of each bound, and prefixes that no brand has. */
const starts = new Set<string>(["0", "1", "9", "99", "7", "8", "3", "5"]);
for (const brand of brands) {
  for (const pattern of brand.patterns) {
    for (const bound of Array.isArray(pattern) ? pattern : [pattern]) {
      const text = String(bound);
      starts.add(text);
      starts.add(String(bound + 1));
      if (bound > 0) starts.add(String(bound - 1).padStart(text.length, "0"));
    }
  }
}

const same = (digits: string) => {
  const expected = cardNumber(digits);
  return { type: expected.card?.type ?? null, isValid: expected.isValid };
};
const checked = (digits: string) => {
  const result = checkCardNumber(digits);
  return { type: result.card?.type ?? null, isValid: result.isValid };
};

describe("checkCardNumber", () => {
  it("relies on no brand pattern longer than the cached prefix", () => {
    const longest = Math.max(...brands.flatMap((brand) => brand.patterns.flatMap((p) => (Array.isArray(p) ? p : [p]).map((n) => String(n).length))));
    expect(longest).toBeLessThanOrEqual(CARD_TYPE_PREFIX_DIGITS);
  });

  it("answers as card-validator does, first and cached, for every brand's bounds at every length", () => {
    let compared = 0;
    for (const start of starts) {
      for (const fill of ["0", "9", "4"]) {
        for (const digits of numbersFrom(start, fill)) {
          const expected = same(digits);
          expect(checked(digits), digits).toEqual(expected);
          expect(checked(digits), `${digits} (cached)`).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it("gives validateCard the same answers as card-validator", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    for (const number of ["4242424242424242", "4242424242424241", "378282246310005", "6200000000000005", "6011111111111117", "5555555555554444", "2223003122003222", "0000000000000000"]) {
      const card = { number, expMonth: 12, expYear: 2030, cvc: number.startsWith("37") ? "1234" : "123" };
      expect(validateCard(card, now, checkCardNumber)).toEqual(validateCard(card, now));
    }
  });
});
