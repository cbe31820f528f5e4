import { describe, expect, it } from "vitest";
import { offeredLocales, pickCheckoutLocale } from "./pick-checkout-locale";

const merchant = { enabledLocales: ["en", "ar"], defaultLocale: "en" as const };

describe("pickCheckoutLocale", () => {
  it("honours ?lang= when the merchant offers it", () => {
    expect(pickCheckoutLocale({ requested: "ar", requestLocale: null, merchant })).toBe("ar");
  });

  it("falls back to the default when ?lang= names a language the merchant switched off, or none", () => {
    expect(pickCheckoutLocale({ requested: "fr", requestLocale: null, merchant })).toBe("en");
    expect(pickCheckoutLocale({ requested: "de", requestLocale: null, merchant })).toBe("en");
    expect(pickCheckoutLocale({ requested: undefined, requestLocale: null, merchant })).toBe("en");
  });

  it("uses the payment request's locale before the default, only if offered", () => {
    expect(pickCheckoutLocale({ requested: undefined, requestLocale: "ar", merchant })).toBe("ar");
    expect(pickCheckoutLocale({ requested: "fr", requestLocale: "fr", merchant })).toBe("en");
  });

  it("still answers something sensible for an unknown request or inconsistent settings", () => {
    expect(pickCheckoutLocale({ requested: "ar", requestLocale: null, merchant: null })).toBe("ar");
    expect(pickCheckoutLocale({ requested: undefined, requestLocale: null, merchant: null })).toBe("fr");
    expect(pickCheckoutLocale({ requested: "fr", requestLocale: null, merchant: { enabledLocales: ["ar"], defaultLocale: "fr" } })).toBe("ar");
  });
});

describe("offeredLocales", () => {
  it("lists the enabled languages in the platform's order", () => {
    expect(offeredLocales({ enabledLocales: ["ar", "fr"] })).toEqual(["fr", "ar"]);
    expect(offeredLocales({ enabledLocales: [] })).toEqual(["fr", "en", "ar"]);
    expect(offeredLocales(null)).toEqual(["fr", "en", "ar"]);
  });
});
