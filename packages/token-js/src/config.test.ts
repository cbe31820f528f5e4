import { afterEach, describe, expect, it, vi } from "vitest";

async function freshConfig() {
  vi.resetModules();
  return import("./config");
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("setPublishableKey", () => {
  it("refuses a secret key", async () => {
    const { setPublishableKey, getConfig } = await freshConfig();
    expect(() => setPublishableKey("sk_test_secret", { apiBase: "https://pay.jeton.test" })).toThrow(
      expect.objectContaining({ name: "JetonError", code: "wrong_key_kind" }),
    );
    expect(getConfig()).toBeUndefined();
  });

  it("refuses anything that is not a publishable key, in the requested language", async () => {
    const { setPublishableKey } = await freshConfig();
    expect(() => setPublishableKey("rk_live_x", { apiBase: "https://pay.jeton.test" })).toThrow(
      expect.objectContaining({ code: "invalid_api_key" }),
    );
    expect(() => setPublishableKey("", { apiBase: "https://pay.jeton.test", locale: "fr" })).toThrow(
      expect.objectContaining({ code: "missing_publishable_key", message: "Le paiement n'est pas encore configuré sur cette page." }),
    );
  });

  it("defaults apiBase to the origin of the script that loaded token.js", async () => {
    vi.stubGlobal("document", { currentScript: { src: "https://pay.jeton.test:8443/v1/token.js?v=1" }, documentElement: { lang: "en" } });
    const { setPublishableKey, getConfig } = await freshConfig();
    setPublishableKey("pk_test_abc");
    expect(getConfig()).toEqual({ publishableKey: "pk_test_abc", apiBase: "https://pay.jeton.test:8443" });
  });

  it("lets an explicit apiBase win and drops its trailing slash", async () => {
    vi.stubGlobal("document", { currentScript: { src: "https://cdn.example/v1/token.js" }, documentElement: { lang: "en" } });
    const { setPublishableKey, getConfig } = await freshConfig();
    setPublishableKey("pk_test_abc", { apiBase: "http://localhost:3000/" });
    expect(getConfig()?.apiBase).toBe("http://localhost:3000");
  });

  it("refuses to guess an API address when the script origin is unknown", async () => {
    const { setPublishableKey } = await freshConfig();
    expect(() => setPublishableKey("pk_test_abc")).toThrow(expect.objectContaining({ code: "missing_api_base" }));
  });
});
