import { describe, expect, it } from "vitest";
import { formatAmount, isMinorAmount, minorUnitsOf, parseMajorString, toMajorString } from "./currencies";

describe("money", () => {
  it("knows ISO 4217 minor units", () => {
    expect(minorUnitsOf("EUR")).toBe(2);
    expect(minorUnitsOf("TND")).toBe(3);
    expect(minorUnitsOf("JPY")).toBe(0);
  });

  it("converts minor units to exact major strings", () => {
    expect(toMajorString(12345, "TND")).toBe("12.345");
    expect(toMajorString(5, "EUR")).toBe("0.05");
    expect(toMajorString(500, "JPY")).toBe("500");
    expect(toMajorString(-1999, "EUR")).toBe("-19.99");
    expect(() => toMajorString(1.5, "EUR")).toThrow(RangeError);
  });

  it("parses major strings without floating point", () => {
    expect(parseMajorString("0.29", "EUR")).toBe(29);
    expect(parseMajorString("12.3", "TND")).toBe(12300);
    expect(parseMajorString("1500", "JPY")).toBe(1500);
    expect(() => parseMajorString("1.234", "EUR")).toThrow(/2 decimal/);
    expect(() => parseMajorString("1.5", "JPY")).toThrow(/0 decimal/);
    expect(() => parseMajorString("abc", "EUR")).toThrow(RangeError);
  });

  it("checks amounts are non-negative integers", () => {
    expect(isMinorAmount(100)).toBe(true);
    expect(isMinorAmount(-1)).toBe(false);
    expect(isMinorAmount(1.5)).toBe(false);
    expect(isMinorAmount("100")).toBe(false);
    expect(isMinorAmount(2 ** 60)).toBe(false);
  });

  it("formats for the locale with the currency's decimals", () => {
    expect(formatAmount(12345, "TND", "en")).toMatch(/12\.345/);
    expect(formatAmount(1999, "EUR", "fr").replace(/\s/g, " ")).toBe("19,99 €");
    expect(formatAmount(1500, "JPY", "en")).toMatch(/1,500/);
  });
});
