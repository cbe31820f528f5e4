import { afterEach, describe, expect, it, vi } from "vitest";
import { loadShopConfig } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("loadShopConfig", () => {
  it("listens on the loopback interface only unless told otherwise: the shop's buttons move real money in live mode", () => {
    vi.stubEnv("JETON_PUBLISHABLE_KEY", "pk_test_abcdefghijklmnop");
    vi.stubEnv("JETON_SECRET_KEY", "sk_test_abcdefghijklmnop");
    vi.stubEnv("DEMO_SHOP_HOST", undefined);
    expect(loadShopConfig().host).toBe("127.0.0.1");
    vi.stubEnv("DEMO_SHOP_HOST", "::1");
    expect(loadShopConfig().host).toBe("::1");
  });
});
