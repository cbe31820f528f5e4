import { createTestDatabase } from "@jeton/db/testing";
import { schema, type DatabaseHandle } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testLogoPng } from "../testing/test-logo";
import { fixedClock } from "../clock/clock";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { getCheckoutSession } from "../payment-requests/get-checkout-session";
import { authenticateApiKey } from "./authenticate-api-key";
import { createMerchant, type CreatedMerchant } from "./create-merchant";
import { getMerchantLogo } from "./get-merchant-logo";
import { getMerchantSettings } from "./get-merchant-settings";
import { listApiKeys } from "./list-api-keys";
import { removeMerchantLogo } from "./remove-merchant-logo";
import { removeMerchantOrigin } from "./remove-merchant-origin";
import { removeMerchantReturnUrl } from "./remove-merchant-return-url";
import { rollSecretKey } from "./roll-secret-key";
import { setCheckoutLocales } from "./set-checkout-locales";
import { MAX_LOGO_BYTES, setMerchantLogo } from "./set-merchant-logo";
import { updateBranding } from "./update-branding";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";

const clock = fixedClock(new Date("2026-11-27T10:00:00Z"));
let handle: DatabaseHandle;
let shop: CreatedMerchant;
let other: CreatedMerchant;
const deps = () => ({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive });

/** A 1×1 PNG. */
const PNG = testLogoPng;

beforeAll(async () => {
  handle = await createTestDatabase();
  shop = await createMerchant({ db: handle.db }, { name: "Shop", origins: ["https://shop.example"], returnUrls: ["https://shop.example/return/"] });
  other = await createMerchant({ db: handle.db }, { name: "Other", origins: ["https://shop.example"] });
});
afterAll(async () => {
  await handle?.close();
});

describe("updateBranding", () => {
  it("saves the name and colours (lower-cased) that the payment page then shows", async () => {
    const saved = await updateBranding(deps(), shop.merchantId, { displayName: "  Épicerie Fine  ", primaryColor: "#0B5E2F", backgroundColor: "#FDFAF3" });
    expect(saved).toMatchObject({ displayName: "Épicerie Fine", primaryColor: "#0b5e2f", backgroundColor: "#fdfaf3" });
    const pr = await createPaymentRequest({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive }, {
      merchantId: shop.merchantId,
      mode: "test",
      input: { amount: 1000, currency: "EUR", returnUrl: "https://shop.example/return/1" },
    });
    const session = await getCheckoutSession(deps(), { paymentRequestId: pr.id });
    expect(session?.merchant).toMatchObject({ name: "Épicerie Fine", primaryColor: "#0b5e2f", backgroundColor: "#fdfaf3" });
  });

  it.each([
    [{ displayName: "", primaryColor: "#000000", backgroundColor: "#ffffff" }, "displayName"],
    [{ displayName: "x".repeat(101), primaryColor: "#000000", backgroundColor: "#ffffff" }, "displayName"],
    [{ displayName: "a\u0000b", primaryColor: "#000000", backgroundColor: "#ffffff" }, "displayName"],
    [{ displayName: "Shop", primaryColor: "red", backgroundColor: "#ffffff" }, "primaryColor"],
    [{ displayName: "Shop", primaryColor: "#000", backgroundColor: "#ffffff" }, "primaryColor"],
    [{ displayName: "Shop", primaryColor: "#000000", backgroundColor: "#ffffff;}body{x:y" }, "backgroundColor"],
    [{ displayName: "Shop", primaryColor: "#ffd700", backgroundColor: "#ffffff" }, "primaryColor"],
    [{ displayName: "Shop", primaryColor: "#3b3bd6", backgroundColor: "#1c1c1c" }, "backgroundColor"],
  ])("refuses %j and changes nothing", async (input, param) => {
    await expect(updateBranding(deps(), shop.merchantId, input)).rejects.toMatchObject({ code: "parameter_invalid", param });
    expect(await getMerchantSettings(deps(), shop.merchantId, "test")).toMatchObject({ displayName: "Épicerie Fine", primaryColor: "#0b5e2f" });
  });

  it("says which colour and what contrast when refusing", async () => {
    await expect(updateBranding(deps(), shop.merchantId, { displayName: "Shop", primaryColor: "#ffd700", backgroundColor: "#ffffff" })).rejects.toThrow(
      /contrast of 1\.\d+:1.*4\.5:1/,
    );
  });

  it("refuses an unknown merchant", async () => {
    await expect(updateBranding(deps(), "mer_nope", { displayName: "x", primaryColor: "#000000", backgroundColor: "#ffffff" })).rejects.toMatchObject({
      code: "resource_not_found",
    });
  });
});

describe("setMerchantLogo / getMerchantLogo / removeMerchantLogo", () => {
  it("stores a PNG under a URL that names its hash, for this merchant only", async () => {
    const otherLogo = await setMerchantLogo(deps(), other.merchantId, { bytes: PNG, declaredType: "image/png" });
    const logo = await setMerchantLogo(deps(), shop.merchantId, { bytes: PNG, declaredType: "image/png" });
    expect(logo).toMatchObject({ contentType: "image/png", bytes: PNG.length });
    expect(logo.logoUrl).toBe(`/branding/${shop.merchantId}/logo/${logo.sha256}`);
    expect((await getMerchantSettings(deps(), shop.merchantId, "test")).logoUrl).toBe(logo.logoUrl);
    const served = await getMerchantLogo(deps(), { merchantId: shop.merchantId, sha256: logo.sha256 });
    expect(served?.contentType).toBe("image/png");
    expect(Buffer.compare(served!.data, PNG)).toBe(0);
    // Same bytes, same hash, but each merchant's URL serves its own row.
    expect(otherLogo.logoUrl).not.toBe(logo.logoUrl);
    expect(await getMerchantLogo(deps(), { merchantId: other.merchantId, sha256: logo.sha256 })).not.toBeNull();
  });

  it("refuses an SVG or HTML file named logo.png, a GIF, an empty file and anything over 200 KB", async () => {
    const before = await getMerchantSettings(deps(), shop.merchantId, "test");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_LOGO_BYTES)]);
    for (const [bytes, declaredType] of [
      [svg, "image/png"],
      [svg, "image/svg+xml"],
      [html, "image/png"],
      [Buffer.from("GIF89a\x01\x00\x01\x00"), "image/gif"],
      [Buffer.alloc(0), "image/png"],
      [big, "image/png"],
      // A real PNG that claims to be an SVG (or another type) is not what it says.
      [PNG, "image/svg+xml"],
      [PNG, "image/jpeg"],
    ] as const) {
      await expect(setMerchantLogo(deps(), shop.merchantId, { bytes, declaredType })).rejects.toMatchObject({ code: "parameter_invalid", param: "logo" });
    }
    expect((await getMerchantSettings(deps(), shop.merchantId, "test")).logoUrl).toBe(before.logoUrl);
  });

  it("replaces the previous logo: the old URL no longer answers", async () => {
    const first = await getMerchantSettings(deps(), shop.merchantId, "test");
    const oldSha = first.logoUrl!.split("/").pop()!;
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    const second = await setMerchantLogo(deps(), shop.merchantId, { bytes: jpeg, declaredType: "" });
    expect(second.contentType).toBe("image/jpeg");
    expect(await getMerchantLogo(deps(), { merchantId: shop.merchantId, sha256: oldSha })).toBeNull();
    expect(await getMerchantLogo(deps(), { merchantId: shop.merchantId, sha256: second.sha256 })).not.toBeNull();
  });

  it("removes the logo from the page and the store, and leaves other merchants' alone", async () => {
    const { logoUrl } = await getMerchantSettings(deps(), shop.merchantId, "test");
    expect(await removeMerchantLogo(deps(), shop.merchantId)).toEqual({ removed: true });
    expect((await getMerchantSettings(deps(), shop.merchantId, "test")).logoUrl).toBeNull();
    expect(await getMerchantLogo(deps(), { merchantId: shop.merchantId, sha256: logoUrl!.split("/").pop()! })).toBeNull();
    expect((await getMerchantSettings(deps(), other.merchantId, "test")).logoUrl).not.toBeNull();
    expect(await removeMerchantLogo(deps(), shop.merchantId)).toEqual({ removed: false });
  });

  it("answers nothing for a malformed hash", async () => {
    expect(await getMerchantLogo(deps(), { merchantId: other.merchantId, sha256: "../../etc" })).toBeNull();
  });
});

describe("setCheckoutLocales", () => {
  it("saves the languages in the platform's order, and the payment page reads them", async () => {
    expect(await setCheckoutLocales(deps(), shop.merchantId, { enabledLocales: ["ar", "en"], defaultLocale: "en" })).toEqual({
      enabledLocales: ["en", "ar"],
      defaultLocale: "en",
    });
    const pr = await createPaymentRequest({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive }, {
      merchantId: shop.merchantId,
      mode: "test",
      input: { amount: 1000, currency: "EUR", returnUrl: "https://shop.example/return/1" },
    });
    expect((await getCheckoutSession(deps(), { paymentRequestId: pr.id }))?.merchant).toMatchObject({ enabledLocales: ["en", "ar"], defaultLocale: "en" });
  });

  it.each([
    [{ enabledLocales: [], defaultLocale: "fr" }, "enabledLocales"],
    [{ enabledLocales: ["fr", "de"], defaultLocale: "fr" }, "enabledLocales"],
    [{ enabledLocales: ["fr", "en"], defaultLocale: "ar" }, "defaultLocale"],
    [{ enabledLocales: ["fr"], defaultLocale: "" }, "defaultLocale"],
  ])("refuses %j", async (input, param) => {
    await expect(setCheckoutLocales(deps(), shop.merchantId, input)).rejects.toMatchObject({ code: "parameter_invalid", param });
    expect(await getMerchantSettings(deps(), shop.merchantId, "test")).toMatchObject({ enabledLocales: ["en", "ar"], defaultLocale: "en" });
  });
});

describe("removeMerchantOrigin / removeMerchantReturnUrl", () => {
  it("removes this merchant's entry only; an unknown one is not found", async () => {
    await removeMerchantOrigin({ db: handle.db }, { merchantId: shop.merchantId, mode: "test" }, "https://shop.example");
    expect((await getMerchantSettings(deps(), shop.merchantId, "test")).origins).toEqual([]);
    expect((await getMerchantSettings(deps(), other.merchantId, "test")).origins).toEqual(["https://shop.example"]);
    await expect(removeMerchantOrigin({ db: handle.db }, { merchantId: shop.merchantId, mode: "test" }, "https://shop.example")).rejects.toMatchObject({ code: "resource_not_found" });

    await expect(removeMerchantReturnUrl({ db: handle.db }, { merchantId: other.merchantId, mode: "test" }, "https://shop.example/return/")).rejects.toMatchObject({ code: "resource_not_found" });
    await removeMerchantReturnUrl({ db: handle.db }, { merchantId: shop.merchantId, mode: "test" }, "https://shop.example/return/");
    await expect(
      createPaymentRequest({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive }, {
        merchantId: shop.merchantId,
        mode: "test",
        input: { amount: 1000, currency: "EUR", returnUrl: "https://shop.example/return/1" },
      }),
    ).rejects.toMatchObject({ code: "return_url_not_allowed" });
  });
});

describe("rollSecretKey", () => {
  it("revokes the mode's secret key and makes a new one; the other mode and the publishable key keep working", async () => {
    const rolled = await rollSecretKey(deps(), { merchantId: shop.merchantId, mode: "test" });
    expect(rolled.secretKey).toMatch(/^sk_test_/);
    expect(rolled.revoked).toBe(1);
    await expect(authenticateApiKey({ db: handle.db }, shop.keys.test.secretKey, "secret")).rejects.toMatchObject({ code: "invalid_api_key" });
    expect(await authenticateApiKey({ db: handle.db }, rolled.secretKey, "secret")).toMatchObject({ merchantId: shop.merchantId, mode: "test" });
    expect(await authenticateApiKey({ db: handle.db }, shop.keys.live.secretKey, "secret")).toMatchObject({ mode: "live" });
    expect(await authenticateApiKey({ db: handle.db }, shop.keys.test.publishableKey, "publishable")).toMatchObject({ mode: "test" });
    // Another merchant's keys are untouched.
    expect(await authenticateApiKey({ db: handle.db }, other.keys.test.secretKey, "secret")).toMatchObject({ merchantId: other.merchantId });

    const keys = await listApiKeys({ db: handle.db }, { merchantId: shop.merchantId, mode: "test" });
    expect(keys.map((k) => k.kind).sort()).toEqual(["publishable", "secret"]);
    const secret = keys.find((k) => k.kind === "secret")!;
    expect(secret).toMatchObject({ id: rolled.keyId, publishableKey: null, redacted: rolled.redacted });
    expect(secret.redacted).not.toContain(rolled.secretKey.slice(12, -4));
    // Only the hash is stored.
    const [row] = await handle.db.select().from(schema.apiKeys).where(eq(schema.apiKeys.id, rolled.keyId));
    expect(JSON.stringify(row)).not.toContain(rolled.secretKey);
  });

  it("leaves exactly one working secret key even when rolls race", async () => {
    const rolls = await Promise.all(Array.from({ length: 8 }, () => rollSecretKey(deps(), { merchantId: shop.merchantId, mode: "live" })));
    const live = await handle.db
      .select()
      .from(schema.apiKeys)
      .where(and(eq(schema.apiKeys.merchantId, shop.merchantId), eq(schema.apiKeys.mode, "live"), eq(schema.apiKeys.kind, "secret")));
    expect(live.filter((k) => k.revokedAt === null)).toHaveLength(1);
    const working = await Promise.allSettled(rolls.map((r) => authenticateApiKey({ db: handle.db }, r.secretKey, "secret")));
    expect(working.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses an unknown merchant", async () => {
    await expect(rollSecretKey(deps(), { merchantId: "mer_nope", mode: "test" })).rejects.toMatchObject({ code: "resource_not_found" });
  });
});
