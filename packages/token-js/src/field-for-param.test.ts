import { describe, expect, it } from "vitest";
import { fieldForParam } from "./field-for-param";

describe("fieldForParam", () => {
  it.each([
    ["card[number]", "combined", "number"],
    ["card[cvc]", "split", "cvc"],
    ["card[holder]", "split", "holder"],
    ["card[expMonth]", "combined", "exp"],
    ["card[expYear]", "combined", "exp"],
    ["card[expMonth]", "split", "exp-month"],
    ["card[expYear]", "split", "exp-year"],
    ["expMonth", "split", "exp-month"],
    ["number", "combined", "number"],
  ] as const)("maps %s (%s expiry) to %s", (param, layout, field) => {
    expect(fieldForParam(param, layout)).toBe(field);
  });

  it("has no field for params that are not card inputs", () => {
    expect(fieldForParam("card", "combined")).toBeUndefined();
    expect(fieldForParam("amount", "combined")).toBeUndefined();
    expect(fieldForParam(undefined, "combined")).toBeUndefined();
  });
});
