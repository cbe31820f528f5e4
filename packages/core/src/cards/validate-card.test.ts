import { describe, expect, it } from "vitest";
import { parseExpiry } from "./parse-expiry";
import { detectBrand, validateCard } from "./validate-card";

const now = new Date("2026-11-26T12:00:00Z");
const valid = { expMonth: 12, expYear: 2030, cvc: "123" };

// SPEC §5: every test card must pass validation (their behaviour is the acquirer's business).
const testCards: Array<[string, string]> = [
  ["4242424242424242", "visa"],
  ["5555555555554444", "mastercard"],
  ["4000000000003220", "visa"],
  ["4000000032200000", "visa"],
  ["4000008400001629", "visa"],
  ["4000008400001280", "visa"],
  ["4000000000000002", "visa"],
  ["4000000000009995", "visa"],
  ["4000000000009987", "visa"],
  ["4000000000009979", "visa"],
  ["4000000000000069", "visa"],
  ["4000000000000127", "visa"],
  ["4000000000000119", "visa"],
];

describe("validateCard", () => {
  it.each(testCards)("accepts test card %s as %s", (number, brand) => {
    const result = validateCard({ number, ...valid }, now);
    expect(result).toEqual({ ok: true, card: { number, brand, expMonth: 12, expYear: 2030, cvc: "123" } });
  });

  it("accepts Amex with a 4-digit CVC", () => {
    const result = validateCard({ number: "378282246310005", ...valid, cvc: "1234" }, now);
    expect(result.ok && result.card.brand).toBe("amex");
  });

  it("refuses Amex with a 3-digit and a 2-digit CVC", () => {
    for (const cvc of ["123", "12"]) {
      expect(validateCard({ number: "378282246310005", ...valid, cvc }, now)).toEqual({
        ok: false,
        errors: [{ code: "invalid_cvc", field: "cvc" }],
      });
    }
  });

  it("refuses a 4-digit CVC on Visa", () => {
    expect(validateCard({ number: "4242424242424242", ...valid, cvc: "1234" }, now).ok).toBe(false);
  });

  it("refuses 4242424242424241 (Luhn)", () => {
    expect(validateCard({ number: "4242424242424241", ...valid }, now)).toEqual({
      ok: false,
      errors: [{ code: "invalid_number", field: "number" }],
    });
  });

  it.each(["4242abcd42424242", "424242", "", "4242 4242 4242 4242 4242 4242", "42424242424242424242"])(
    "refuses the number %j",
    (number) => {
      const result = validateCard({ number, ...valid }, now);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[0]).toEqual({ code: "invalid_number", field: "number" });
    },
  );

  it("accepts spaces and dashes in the number", () => {
    const result = validateCard({ number: "4242 4242-4242 4242", ...valid }, now);
    expect(result.ok && result.card.number).toBe("4242424242424242");
  });

  it("refuses month 13 and month 0", () => {
    for (const expMonth of [13, 0, "13", "ab"]) {
      const result = validateCard({ number: "4242424242424242", ...valid, expMonth }, now);
      expect(!result.ok && result.errors).toEqual([{ code: "invalid_expiry_month", field: "expMonth" }]);
    }
  });

  it("refuses an expired card but accepts the current month", () => {
    expect(validateCard({ number: "4242424242424242", ...valid, expMonth: 10, expYear: 2026 }, now)).toEqual({
      ok: false,
      errors: [{ code: "expired_card", field: "expMonth" }],
    });
    expect(validateCard({ number: "4242424242424242", ...valid, expMonth: 11, expYear: 26 }, now).ok).toBe(true);
  });

  it("refuses implausible years", () => {
    for (const expYear of [1999, 2080, "20x0"]) {
      const result = validateCard({ number: "4242424242424242", ...valid, expYear }, now);
      expect(!result.ok && result.errors).toEqual([{ code: "invalid_expiry_year", field: "expYear" }]);
    }
  });

  it("refuses letters and wrong length in the CVC", () => {
    for (const cvc of ["12a", "12", "1"]) {
      expect(validateCard({ number: "4242424242424242", ...valid, cvc }, now).ok).toBe(false);
    }
  });

  it("reports every error at once", () => {
    const result = validateCard({ number: "1234", expMonth: 13, expYear: 2030, cvc: "x" }, now);
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(["invalid_number", "invalid_expiry_month", "invalid_cvc"]);
  });
});

describe("detectBrand and parseExpiry", () => {
  it("detects brands from the first digits", () => {
    expect(detectBrand("42")).toBe("visa");
    // A lone "4" could still be Visa or Elo: no guess until the digits decide.
    expect(detectBrand("4")).toBe("unknown");
    expect(detectBrand("5555")).toBe("mastercard");
    expect(detectBrand("3782")).toBe("amex");
    expect(detectBrand("")).toBe("unknown");
  });

  it("parses the usual expiry spellings", () => {
    expect(parseExpiry("12/30")).toEqual({ expMonth: "12", expYear: "30" });
    expect(parseExpiry("1 / 2031")).toEqual({ expMonth: "1", expYear: "2031" });
    expect(parseExpiry("1230")).toEqual({ expMonth: "12", expYear: "30" });
    expect(parseExpiry("garbage")).toEqual({ expMonth: "", expYear: "" });
  });
});
