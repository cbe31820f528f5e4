import { describe, expect, it } from "vitest";
import { cardMessages } from "@jeton/core/cards/card-error-messages";
import { checkers, fieldState as stateOf } from "./field-state";
import type { FieldType } from "./protocol";
import { toChangeEvent } from "./protocol";

const fieldState = (type: FieldType, ...rest: [string, Parameters<typeof stateOf>[2], Parameters<typeof stateOf>[3]]) => stateOf(checkers[type], ...rest);
const message = (code: keyof typeof cardMessages.en) => cardMessages.en[code];
const typing = { blurred: false, message };
const left = { blurred: true, message };

describe("Fields change payloads", () => {
  it("report brand and completeness of the number, never the value", () => {
    const partial = fieldState("number", "4242 42", "unknown", typing);
    expect(partial).toEqual({ empty: false, complete: false, brand: "visa", error: null });
    const done = fieldState("number", "4242 4242 4242 4242", "unknown", typing);
    expect(done).toEqual({ empty: false, complete: true, brand: "visa", error: null });
    expect(JSON.stringify(done)).not.toContain("4242");
    expect(Object.keys(done).sort()).toEqual(["brand", "complete", "empty", "error"]);
    expect(fieldState("number", "3782 822463 10005", "unknown", typing)).toMatchObject({ brand: "amex", complete: true });
  });

  it("show an error once the value cannot become valid, or when the shopper leaves it incomplete", () => {
    expect(fieldState("number", "4242 4242 4242 4241", "unknown", typing).error).toEqual({
      code: "invalid_number",
      message: "The card number is not valid.",
    });
    expect(fieldState("number", "4242", "unknown", left).error?.code).toBe("invalid_number");
    expect(fieldState("number", "", "unknown", left)).toEqual({ empty: true, complete: false, brand: "unknown", error: null });
    expect(fieldState("expiry", "13 / 30", "unknown", typing).error?.code).toBe("invalid_expiry_month");
    expect(fieldState("expiry", "01 / 20", "unknown", typing).error?.code).toBe("expired_card");
    expect(fieldState("expiry", "12 / 4", "unknown", typing)).toMatchObject({ complete: false, error: null });
    expect(fieldState("expiry", "12 / 49", "unknown", typing)).toMatchObject({ complete: true, error: null });
    expect(fieldState("number", "4242", "unknown", { blurred: true, message: (code: keyof typeof cardMessages.fr) => cardMessages.fr[code] }).error?.message).toBe("Le numéro de carte n'est pas valide.");
  });

  it("let the CVC length follow the brand the number field announced", () => {
    expect(fieldState("cvc", "123", "visa", typing)).toMatchObject({ complete: true, brand: "visa" });
    expect(fieldState("cvc", "123", "amex", typing)).toMatchObject({ complete: false, error: null });
    expect(fieldState("cvc", "1234", "amex", typing)).toMatchObject({ complete: true });
    expect(fieldState("cvc", "1234", "visa", typing).error?.code).toBe("invalid_cvc");
    expect(fieldState("holder", "Ada", "visa", typing)).toMatchObject({ complete: true, empty: false });
  });

  it("reach the merchant's handler rebuilt with exactly their four keys", () => {
    const forged = { empty: false, complete: true, brand: "visa", error: null, value: "4242424242424242", extra: { pan: "4242" } };
    expect(toChangeEvent(forged)).toEqual({ empty: false, complete: true, brand: "visa", error: null });
    expect(toChangeEvent({ brand: "<img>", error: { code: "invalid_cvc", message: 3, value: "123" } })).toEqual({
      empty: false,
      complete: false,
      brand: "unknown",
      error: { code: "invalid_cvc", message: "" },
    });
    expect(toChangeEvent(null)).toEqual({ empty: false, complete: false, brand: "unknown", error: null });
  });
});
