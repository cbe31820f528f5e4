import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setPublishableKey } from "./config";
import { createToken } from "./create-token";
import { JetonError } from "./jeton-error";
import { asForm, fakeForm } from "./testing/fake-form";

const apiBase = "https://pay.jeton.test";
const token = {
  cardTokenId: "ctok_123",
  card: { brand: "visa", last4: "4242", bin: "424242", expMonth: 12, expYear: 2034 },
  expiresAt: "2034-01-01T00:15:00.000Z",
};
const goodCard = { number: "4242 4242 4242 4242", exp: "12/34", cvc: "123", holder: "Ada Lovelace" };

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

async function rejection(promise: Promise<unknown>): Promise<JetonError> {
  try {
    await promise;
  } catch (error) {
    return error as JetonError;
  }
  throw new Error("expected a rejection");
}

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(async () => jsonResponse(201, token));
  vi.stubGlobal("fetch", fetchMock);
  setPublishableKey("pk_test_abc", { apiBase: `${apiBase}/`, locale: "en" });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createToken", () => {
  it("posts the card once to the tokenization endpoint and resolves the body", async () => {
    await expect(createToken(asForm(fakeForm(goodCard)))).resolves.toEqual(token);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`${apiBase}/api/v1/card-tokens`);
    expect(init).toMatchObject({ method: "POST", credentials: "omit", mode: "cors" });
    expect(init.headers).toEqual({ Authorization: "Bearer pk_test_abc", "Content-Type": "application/json" });
    expect(JSON.parse(init.body as string)).toEqual({
      card: { number: "4242424242424242", expMonth: "12", expYear: "34", cvc: "123", holder: "Ada Lovelace" },
    });
  });

  it("sends separate month/year as typed and omits an empty holder", async () => {
    await createToken(asForm(fakeForm({ number: "4242424242424242", "exp-month": "07", "exp-year": "2031", cvc: "123", holder: " " })));
    const [, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toEqual({ card: { number: "4242424242424242", expMonth: "07", expYear: "2031", cvc: "123" } });
  });

  it.each([
    [{ ...goodCard, number: "4242424242424241" }, "invalid_number", "number"],
    [{ ...goodCard, exp: "13/34" }, "invalid_expiry_month", "exp"],
    [{ ...goodCard, exp: "01/01" }, "expired_card", "exp"],
    [{ ...goodCard, cvc: "12" }, "invalid_cvc", "cvc"],
    [{ ...goodCard, cvc: "" }, "invalid_cvc", "cvc"],
    [{ number: "4242424242424242", "exp-month": "00", "exp-year": "2034", cvc: "123" }, "invalid_expiry_month", "exp-month"],
    [{ number: "4242424242424242", "exp-month": "12", "exp-year": "1999", cvc: "123" }, "invalid_expiry_year", "exp-year"],
    [{ number: "4242424242424242", exp: "12/34" }, "missing_field", "cvc"],
  ])("rejects an invalid card without any network call (%j)", async (fields, code, field) => {
    const error = await rejection(createToken(asForm(fakeForm(fields))));
    expect(error).toBeInstanceOf(JetonError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code, field, status: undefined });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("maps a 402 invalid_cvc from the server to the cvc field", async () => {
    fetchMock.mockResolvedValueOnce(
      jsonResponse(402, { error: { type: "card_error", code: "invalid_cvc", message: "The security code is not valid for this card.", param: "card[cvc]" } }),
    );
    const error = await rejection(createToken(asForm(fakeForm(goodCard))));
    expect(error).toBeInstanceOf(JetonError);
    expect(error).toMatchObject({ code: "invalid_cvc", field: "cvc", status: 402, message: "The security code is not valid." });
  });

  it("maps card[expMonth] to the input the form actually has", async () => {
    const body = { error: { type: "card_error", code: "expired_card", message: "The card has expired.", param: "card[expMonth]" } };
    fetchMock.mockResolvedValueOnce(jsonResponse(402, body));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ field: "exp" });
    fetchMock.mockResolvedValueOnce(jsonResponse(402, body));
    const split = fakeForm({ number: "4242424242424242", "exp-month": "12", "exp-year": "34", cvc: "123" });
    await expect(createToken(asForm(split))).rejects.toMatchObject({ field: "exp-month" });
  });

  it("maps 429 to rate_limited, with or without a JSON body", async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(429, { error: { type: "rate_limit_error", code: "rate_limited", message: "Too many requests." } }));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "rate_limited", status: 429, field: undefined });
    fetchMock.mockResolvedValueOnce(new Response("Too Many Requests", { status: 429 }));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "rate_limited", status: 429 });
  });

  it("solves a challenge_required on its own and sends the attempt once more with the solution", async () => {
    const challenge = await createTestChallenge();
    fetchMock.mockResolvedValueOnce(jsonResponse(428, { error: { type: "rate_limit_error", code: "challenge_required", message: "x", challenge } }));
    fetchMock.mockResolvedValueOnce(jsonResponse(201, { cardTokenId: "ctok_abc", card: { brand: "visa", last4: "4242" } }));
    await expect(createToken(asForm(fakeForm(goodCard)))).resolves.toMatchObject({ cardTokenId: "ctok_abc" });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const retried = JSON.parse(fetchMock.mock.calls[1]![1].body);
    expect(retried.card.number).toBe("4242424242424242");
    const solution = JSON.parse(atob(retried.challengeSolution));
    expect(solution).toMatchObject({ algorithm: "SHA-256", challenge: challenge.challenge, salt: challenge.salt, signature: challenge.signature });
    expect(await sha256Hex(challenge.salt + solution.number)).toBe(challenge.challenge);
  });

  it("gives up with challenge_required when the challenge cannot be read, and passes too_many_attempts through", async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(428, { error: { type: "rate_limit_error", code: "challenge_required", message: "x" } }));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "challenge_required", status: 428 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    fetchMock.mockResolvedValueOnce(jsonResponse(429, { error: { type: "rate_limit_error", code: "too_many_attempts", message: "x" } }));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "too_many_attempts", status: 429, message: "Too many payment attempts. Please try again later." });
  });

  it("passes other server codes through with their status", async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(403, { error: { type: "invalid_request_error", code: "origin_not_allowed", message: "x" } }));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "origin_not_allowed", status: 403 });
    fetchMock.mockResolvedValueOnce(new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "internal_error", status: 502 });
  });

  it("reports a failed fetch as network_error", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "network_error", status: undefined });
  });

  it("localizes messages in French when asked", async () => {
    setPublishableKey("pk_test_abc", { apiBase, locale: "fr" });
    const error = await rejection(createToken(asForm(fakeForm({ ...goodCard, number: "1234" }))));
    expect(error.message).toBe("Le numéro de carte n'est pas valide.");
    fetchMock.mockResolvedValueOnce(jsonResponse(429, { error: { type: "rate_limit_error", code: "rate_limited", message: "Too many requests." } }));
    await expect(createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ message: "Trop de tentatives. Patientez un instant puis réessayez." });
  });

  it("localizes messages in English by default", async () => {
    const error = await rejection(createToken(asForm(fakeForm({ ...goodCard, number: "1234" }))));
    expect(error.message).toBe("The card number is not valid.");
  });

  it("rejects with missing_publishable_key before any key is set", async () => {
    vi.resetModules();
    const fresh = await import("./create-token");
    await expect(fresh.createToken(asForm(fakeForm(goodCard)))).rejects.toMatchObject({ code: "missing_publishable_key" });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A challenge shaped like altcha's (the server's side is tested in core): a small search space. */
async function createTestChallenge() {
  const salt = "0123456789abcdef?expires=9999999999&";
  return { algorithm: "SHA-256", challenge: await sha256Hex(salt + 777), maxnumber: 1000, salt, signature: "sig" };
}
