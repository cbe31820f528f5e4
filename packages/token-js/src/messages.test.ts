import { afterEach, describe, expect, it, vi } from "vitest";
import { messageCodes, messageFor, resolveLocale, setPreferredLocale } from "./messages";

const requiredCodes = [
  "invalid_number",
  "invalid_expiry_month",
  "invalid_expiry_year",
  "expired_card",
  "invalid_cvc",
  "rate_limited",
  "too_many_attempts",
  "challenge_required",
  "origin_not_allowed",
  "invalid_api_key",
  "parameter_invalid",
  "internal_error",
  "network_error",
  "missing_publishable_key",
  "missing_field",
];

afterEach(() => {
  setPreferredLocale(undefined);
  vi.unstubAllGlobals();
});

describe("messageFor", () => {
  it("has a French and an English message for every code, and they differ", () => {
    for (const code of requiredCodes) expect(messageCodes).toContain(code);
    for (const code of messageCodes) {
      expect(messageFor(code, "en")).toMatch(/^[A-Z].*\.$/);
      expect(messageFor(code, "fr")).toMatch(/^[A-ZÉ].*\.$/);
      if (code !== "internal_error") expect(messageFor(code, "fr")).not.toBe(messageFor("internal_error", "fr"));
      expect(messageFor(code, "fr")).not.toBe(messageFor(code, "en"));
    }
  });

  it("uses the agreed wording for invalid_number", () => {
    expect(messageFor("invalid_number", "fr")).toBe("Le numéro de carte n'est pas valide.");
    expect(messageFor("invalid_number", "en")).toBe("The card number is not valid.");
  });

  it("falls back to the generic message for unknown codes, including prototype names", () => {
    expect(messageFor("card_token_used", "en")).toBe(messageFor("internal_error", "en"));
    expect(messageFor("constructor", "fr")).toBe(messageFor("internal_error", "fr"));
  });
});

describe("resolveLocale", () => {
  it("defaults to English without a document", () => {
    expect(resolveLocale()).toBe("en");
  });

  it("follows <html lang> when it starts with fr", () => {
    vi.stubGlobal("document", { documentElement: { lang: "fr-CA" } });
    expect(resolveLocale()).toBe("fr");
    vi.stubGlobal("document", { documentElement: { lang: "de" } });
    expect(resolveLocale()).toBe("en");
  });

  it("prefers the explicit or configured locale over the page language", () => {
    vi.stubGlobal("document", { documentElement: { lang: "fr" } });
    setPreferredLocale("en");
    expect(resolveLocale()).toBe("en");
    expect(resolveLocale("fr")).toBe("fr");
  });
});
