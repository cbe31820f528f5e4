import { describe, expect, it } from "vitest";
import { formatCardNumber } from "./format-card-number";
import { cardBrand, validateCardNumber, validateCvc, validateExpiry } from "./validators";

const nextYear = new Date().getUTCFullYear() + 1;

describe("validateCardNumber", () => {
  it("accepts valid numbers with spaces and tells the brand", () => {
    expect(validateCardNumber("4242 4242 4242 4242")).toEqual({ valid: true, brand: "visa" });
    expect(validateCardNumber("3782-822463-10005")).toEqual({ valid: true, brand: "amex" });
  });

  it("rejects a bad Luhn or a partial number but still tells the brand", () => {
    expect(validateCardNumber("4242424242424241")).toEqual({ valid: false, brand: "visa", code: "invalid_number" });
    expect(validateCardNumber("5555")).toMatchObject({ valid: false, brand: "mastercard", code: "invalid_number" });
    expect(validateCardNumber("")).toEqual({ valid: false, brand: "unknown", code: "invalid_number" });
  });
});

describe("validateExpiry", () => {
  it("accepts MM/YY, MM/YYYY and {month, year}", () => {
    expect(validateExpiry(`12/${String(nextYear).slice(2)}`)).toEqual({ valid: true });
    expect(validateExpiry(`01 / ${nextYear}`)).toEqual({ valid: true });
    expect(validateExpiry({ month: "6", year: nextYear })).toEqual({ valid: true });
  });

  it("reports the right code", () => {
    expect(validateExpiry(`13/${nextYear}`)).toEqual({ valid: false, code: "invalid_expiry_month" });
    expect(validateExpiry("01/2001")).toEqual({ valid: false, code: "expired_card" });
    expect(validateExpiry({ month: 1, year: 2999 })).toEqual({ valid: false, code: "invalid_expiry_year" });
    expect(validateExpiry("")).toMatchObject({ valid: false });
  });
});

describe("validateCvc", () => {
  it("checks the length for the brand", () => {
    expect(validateCvc("123", "visa")).toEqual({ valid: true });
    expect(validateCvc("1234", "visa")).toEqual({ valid: false, code: "invalid_cvc" });
    expect(validateCvc("1234", "amex")).toEqual({ valid: true });
    expect(validateCvc("123", "amex")).toEqual({ valid: false, code: "invalid_cvc" });
  });

  it("accepts 3 or 4 digits while the brand is unknown, never letters", () => {
    expect(validateCvc("123")).toEqual({ valid: true });
    expect(validateCvc("1234", "unknown")).toEqual({ valid: true });
    expect(validateCvc("12a")).toEqual({ valid: false, code: "invalid_cvc" });
    expect(validateCvc("")).toEqual({ valid: false, code: "invalid_cvc" });
  });
});

describe("cardBrand and formatCardNumber", () => {
  it("detects brands from the first digits", () => {
    // One digit is ambiguous (Visa, Elo, Maestro...), four are not.
    expect(cardBrand("4")).toBe("unknown");
    expect(cardBrand("4242")).toBe("visa");
    expect(cardBrand("34")).toBe("amex");
    expect(cardBrand("")).toBe("unknown");
  });

  it("groups by 4, Amex by 4-6-5, and drops non-digits", () => {
    expect(formatCardNumber("4242424242424242")).toBe("4242 4242 4242 4242");
    expect(formatCardNumber("4242-42")).toBe("4242 42");
    expect(formatCardNumber("378282246310005")).toBe("3782 822463 10005");
    expect(formatCardNumber("3782 82")).toBe("3782 82");
    expect(formatCardNumber("37828224631000599")).toBe("3782 822463 10005");
    expect(formatCardNumber("")).toBe("");
  });
});
