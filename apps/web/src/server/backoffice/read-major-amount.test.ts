import { describe, expect, it } from "vitest";
import { readMajorAmount } from "./read-major-amount";

describe("readMajorAmount", () => {
  it("reads major units with each currency's exponent", () => {
    expect(readMajorAmount("12.50", "EUR")).toBe(1250);
    expect(readMajorAmount("12,5", "EUR")).toBe(1250);
    expect(readMajorAmount(" 1.250 ", "TND")).toBe(1250);
    expect(readMajorAmount("1200", "JPY")).toBe(1200);
    expect(readMajorAmount("", "EUR")).toBeUndefined();
    expect(readMajorAmount(null, "EUR")).toBeUndefined();
  });

  it.each([
    ["1.234", "EUR"],
    ["12.5", "JPY"],
    ["0", "EUR"],
    ["0.00", "EUR"],
    ["-5", "EUR"],
    ["1e3", "EUR"],
    ["12.50 EUR", "EUR"],
    ["99999999999999999999", "EUR"],
    ["10", "XYZ"],
  ])("refuses %s %s as parameter_invalid", (value, currency) => {
    expect(() => readMajorAmount(value, currency)).toThrow(expect.objectContaining({ code: "parameter_invalid", param: "amount" }));
  });
});
