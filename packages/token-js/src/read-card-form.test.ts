import { describe, expect, it } from "vitest";
import { JetonError } from "./jeton-error";
import { readCardForm } from "./read-card-form";
import { asForm, fakeForm } from "./testing/fake-form";

describe("readCardForm", () => {
  it("reads a combined MM/YY expiry", () => {
    const form = fakeForm({ number: "4242 4242 4242 4242", exp: "12 / 34", cvc: " 123 ", holder: " Ada Lovelace " });
    expect(readCardForm(asForm(form))).toEqual({
      number: "4242 4242 4242 4242",
      expMonth: "12",
      expYear: "34",
      cvc: "123",
      holder: "Ada Lovelace",
      expiryLayout: "combined",
    });
  });

  it("reads separate month and year inputs as typed, holder optional", () => {
    const form = fakeForm({ number: "4242424242424242", "exp-month": "07", "exp-year": "2031", cvc: "123" });
    expect(readCardForm(asForm(form))).toEqual({
      number: "4242424242424242",
      expMonth: "07",
      expYear: "2031",
      cvc: "123",
      holder: undefined,
      expiryLayout: "split",
    });
  });

  it.each([
    [{ exp: "12/34", cvc: "123" }, "number"],
    [{ number: "4242424242424242", cvc: "123" }, "exp"],
    [{ number: "4242424242424242", "exp-month": "12", cvc: "123" }, "exp-year"],
    [{ number: "4242424242424242", exp: "12/34" }, "cvc"],
  ])("reports a missing input as missing_field (%j)", (fields, field) => {
    const error = (() => {
      try {
        readCardForm(asForm(fakeForm(fields)));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(JetonError);
    expect(error).toMatchObject({ code: "missing_field", field });
  });
});
