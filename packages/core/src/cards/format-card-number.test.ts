import { describe, expect, it } from "vitest";
import { formatCardNumber, formatExpiry, reformatKeepingCaret } from "./format-card-number";

describe("card number formatting", () => {
  it("groups 4-4-4-4, Amex 4-6-5", () => {
    expect(formatCardNumber("4242424242424242")).toBe("4242 4242 4242 4242");
    expect(formatCardNumber("378282246310005")).toBe("3782 822463 10005");
    expect(formatCardNumber("")).toBe("");
  });

  it("keeps the caret after the same digits when typing in the middle", () => {
    // "4242 4|242" + typed "9" after the 5th digit.
    expect(reformatKeepingCaret("4242 49242", 6)).toEqual({ value: "4242 4924 2", caret: 6 });
    // Typing the 5th digit at the end jumps over the space the formatter adds.
    expect(reformatKeepingCaret("42424", 5)).toEqual({ value: "4242 4", caret: 6 });
    // Deleting the digit before a space keeps the caret where the digit was.
    expect(reformatKeepingCaret("424 4242", 3)).toEqual({ value: "4244 242", caret: 3 });
    expect(reformatKeepingCaret("4242", null)).toEqual({ value: "4242", caret: 4 });
  });

  it("formats the expiry as MM / YY", () => {
    expect(formatExpiry("1234")).toBe("12 / 34");
    expect(formatExpiry("12/3")).toBe("12 / 3");
    expect(formatExpiry("1")).toBe("1");
    expect(reformatKeepingCaret("123", 3, formatExpiry)).toEqual({ value: "12 / 3", caret: 6 });
  });
});
