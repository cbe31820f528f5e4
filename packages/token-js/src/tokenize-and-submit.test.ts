import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setPublishableKey } from "./config";
import { JetonError } from "./jeton-error";
import { tokenizeAndSubmit } from "./tokenize-and-submit";
import { asForm, fakeForm } from "./testing/fake-form";

const goodCard = { number: "4242424242424242", exp: "12/34", cvc: "123" };
const token = {
  cardTokenId: "ctok_123",
  card: { brand: "visa", last4: "4242", bin: "424242", expMonth: 12, expYear: 2034 },
  expiresAt: "2034-01-01T00:15:00.000Z",
};

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(async () => new Response(JSON.stringify(token), { status: 201 }));
  vi.stubGlobal("fetch", fetchMock);
  setPublishableKey("pk_test_abc", { apiBase: "https://pay.jeton.test", locale: "en" });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("tokenizeAndSubmit", () => {
  it("adds a hidden input with the token and submits", async () => {
    const form = fakeForm(goodCard);
    await tokenizeAndSubmit(asForm(form));
    expect(form.appended).toHaveLength(1);
    expect(form.appended[0]).toMatchObject({ type: "hidden", name: "cardTokenId", value: "ctok_123" });
    expect(form.submit).toHaveBeenCalledTimes(1);
  });

  it("reuses an existing input with the requested name", async () => {
    const form = fakeForm(goodCard);
    const existing = form.ownerDocument.createElement();
    existing.name = "token";
    form.appended.push(existing);
    await tokenizeAndSubmit(asForm(form), { inputName: "token" });
    expect(form.appended).toEqual([existing]);
    expect(existing.value).toBe("ctok_123");
  });

  it("on error marks the input, fills [data-jeton-error], calls onError and does not submit", async () => {
    const form = fakeForm({ ...goodCard, cvc: "1" }, { errorSlot: true });
    const onError = vi.fn();
    await tokenizeAndSubmit(asForm(form), { onError });
    expect(onError).toHaveBeenCalledWith(expect.any(JetonError));
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: "invalid_cvc", field: "cvc" });
    expect(form.input("cvc")?.getAttribute("aria-invalid")).toBe("true");
    expect(form.errorSlot?.textContent).toBe("The security code is not valid.");
    expect(form.submit).not.toHaveBeenCalled();

    // The next attempt starts clean.
    form.input("cvc")!.value = "123";
    await tokenizeAndSubmit(asForm(form), { onError });
    expect(form.input("cvc")?.getAttribute("aria-invalid")).toBeNull();
    expect(form.errorSlot?.textContent).toBe("");
    expect(form.submit).toHaveBeenCalledTimes(1);
  });

  it("refuses to submit when a card input has a name, before tokenizing", async () => {
    const form = fakeForm(goodCard);
    form.input("number")!.name = "card_number";
    const onError = vi.fn();
    await tokenizeAndSubmit(asForm(form), { onError });
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: "card_field_named", field: "number" });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(form.submit).not.toHaveBeenCalled();
  });

  it("ignores a second call while the first is in flight", async () => {
    const form = fakeForm(goodCard);
    await Promise.all([tokenizeAndSubmit(asForm(form)), tokenizeAndSubmit(asForm(form))]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(form.submit).toHaveBeenCalledTimes(1);
  });
});
