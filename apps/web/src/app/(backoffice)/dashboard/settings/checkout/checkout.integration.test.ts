import { createMerchant, createPaymentRequest, getCheckoutSession, getMerchantSettings, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pickCheckoutLocale } from "@/checkout/pick-checkout-locale";
import { handleStaffMutation, type StaffMutationInput, type StaffMutationOptions, type StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { updateLocales, updateLocalesOptions } from "./locales/handler";
import { addOrigin, addOriginOptions } from "./origins/handler";
import { removeOrigin, removeOriginOptions } from "./origins/remove/handler";
import { addReturnUrl, addReturnUrlOptions } from "./return-urls/handler";
import { removeReturnUrl, removeReturnUrlOptions } from "./return-urls/remove/handler";
import { updateThreeDsPolicy, updateThreeDsPolicyOptions } from "./three-ds/handler";

let ctx: TestContext;
let shop: CreatedMerchant;
let other: CreatedMerchant;
let admin: TestStaff;
let owner: TestStaff;

type Run = (input: StaffMutationInput<Record<string, never>>) => Promise<StaffMutationOutcome>;
const post = (who: TestStaff, path: string, options: StaffMutationOptions<Record<string, never>>, run: Run, fields: Record<string, string> | URLSearchParams) => {
  const request = staffFormRequest(ctx, who, path, {}, {});
  // Repeated fields (checkboxes) need the URLSearchParams form; add csrf and back to it.
  const body = new URLSearchParams(fields);
  body.set("csrf", who.csrf);
  body.set("back", "/dashboard/settings/checkout");
  return handleStaffMutation(ctx, new Request(request.url, { method: "POST", headers: request.headers, body }), {}, options, run);
};
const result = (response: Response) => {
  const location = new URL(response.headers.get("location")!);
  return { notice: location.searchParams.get("notice"), error: location.searchParams.get("error"), param: location.searchParams.get("param") };
};
const settings = () => getMerchantSettings(ctx, shop.merchantId, "test");
const lastAudit = async () => (await ctx.db.select().from(schema.auditLog)).at(-1)!;
const locales = (enabled: string[], defaultLocale: string) => {
  const fields = new URLSearchParams(enabled.map((locale) => ["enabledLocales", locale]));
  fields.set("defaultLocale", defaultLocale);
  return post(admin, "/dashboard/settings/checkout/locales", updateLocalesOptions, updateLocales, fields);
};

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" });
  shop = await createMerchant(ctx, { name: "Shop", origins: ["https://shop.example"], returnUrls: ["https://shop.example/return/"] });
  other = await createMerchant(ctx, { name: "Other", origins: ["https://shop.example"], returnUrls: ["https://shop.example/return/"] });
  admin = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "admin" });
  owner = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "owner" });
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.auditLog);
});

describe("POST /dashboard/settings/checkout/locales", () => {
  it("saves the languages offered; the payment page then falls back to the default for one switched off", async () => {
    expect(result(await locales(["en", "ar"], "ar"))).toMatchObject({ notice: "locales_saved" });
    expect(await settings()).toMatchObject({ enabledLocales: ["en", "ar"], defaultLocale: "ar" });
    expect(await lastAudit()).toMatchObject({ action: "settings.locales.update", outcome: "success", details: { enabledLocales: ["en", "ar"], defaultLocale: "ar" } });

    const pr = await createPaymentRequest(ctx, {
      merchantId: shop.merchantId,
      mode: "test",
      input: { amount: 100, currency: "EUR", returnUrl: "https://shop.example/return/1", locale: "fr" },
    });
    const session = await getCheckoutSession(ctx, { paymentRequestId: pr.id });
    // `?lang=fr` and the request's own "fr" are both switched off: the default wins; an offered one is honoured.
    expect(pickCheckoutLocale({ requested: "fr", requestLocale: session!.paymentRequest.locale, merchant: session!.merchant })).toBe("ar");
    expect(pickCheckoutLocale({ requested: "en", requestLocale: session!.paymentRequest.locale, merchant: session!.merchant })).toBe("en");
    // The other merchant still offers every language.
    expect((await getMerchantSettings(ctx, other.merchantId, "test")).enabledLocales).toEqual(["fr", "en", "ar"]);
  });

  it.each([
    [[], "fr", "enabledLocales"],
    [["fr", "de"], "fr", "enabledLocales"],
    [["fr", "en"], "ar", "defaultLocale"],
    [["en"], "", "defaultLocale"],
  ])("refuses languages %j with default %j and changes nothing", async (enabled, defaultLocale, param) => {
    const before = await settings();
    expect(result(await locales(enabled, defaultLocale))).toMatchObject({ error: "parameter_invalid", param });
    expect(await settings()).toEqual(before);
    expect(await lastAudit()).toMatchObject({ action: "settings.locales.update", outcome: "failure" });
  });
});

describe("origins and return URLs", () => {
  it("adds a normalised origin (idempotently) and removes it again, for this merchant only", async () => {
    const add = (origin: string) => post(owner, "/dashboard/settings/checkout/origins", addOriginOptions, addOrigin, { origin });
    expect(result(await add("HTTPS://New.Example:443/"))).toMatchObject({ notice: "origin_added" });
    expect(result(await add("https://new.example"))).toMatchObject({ notice: "origin_added" });
    expect((await settings()).origins).toEqual(["https://new.example", "https://shop.example"]);
    expect(await lastAudit()).toMatchObject({ action: "settings.origin.add", outcome: "success", details: { origin: "https://new.example" } });

    for (const bad of ["https://shop.example/path", "ftp://shop.example", "not an origin", "https://user:pw@shop.example"]) {
      expect(result(await add(bad))).toMatchObject({ error: "parameter_invalid", param: "origin" });
    }

    const remove = (origin: string) => post(admin, "/dashboard/settings/checkout/origins/remove", removeOriginOptions, removeOrigin, { origin });
    expect(result(await remove("https://shop.example"))).toMatchObject({ notice: "origin_removed" });
    expect((await settings()).origins).toEqual(["https://new.example"]);
    expect((await getMerchantSettings(ctx, other.merchantId, "test")).origins).toEqual(["https://shop.example"]);
    expect(result(await remove("https://shop.example"))).toMatchObject({ error: "resource_not_found" });
  });

  it("edits the session mode's lists only; live data takes https only, localhost included", async () => {
    const adminLive = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "admin", mode: "live" });
    const addOriginAs = (who: TestStaff, origin: string) => post(who, "/dashboard/settings/checkout/origins", addOriginOptions, addOrigin, { origin });
    const addReturnUrlAs = (who: TestStaff, returnUrl: string) => post(who, "/dashboard/settings/checkout/return-urls", addReturnUrlOptions, addReturnUrl, { returnUrl });
    const liveBefore = await getMerchantSettings(ctx, shop.merchantId, "live");
    expect(result(await addOriginAs(adminLive, "http://localhost:4000"))).toMatchObject({ error: "parameter_invalid", param: "origin" });
    expect(result(await addReturnUrlAs(adminLive, "http://localhost:4000/return/"))).toMatchObject({ error: "parameter_invalid", param: "returnUrl" });
    expect(await getMerchantSettings(ctx, shop.merchantId, "live")).toMatchObject({ origins: liveBefore.origins, returnUrls: liveBefore.returnUrls });
    expect(result(await addOriginAs(admin, "http://localhost:4000"))).toMatchObject({ notice: "origin_added" });
    expect(result(await addOriginAs(adminLive, "https://live-only.example"))).toMatchObject({ notice: "origin_added" });
    expect((await getMerchantSettings(ctx, shop.merchantId, "live")).origins).toContain("https://live-only.example");
    expect((await settings()).origins).toContain("http://localhost:4000");
    expect((await settings()).origins).not.toContain("https://live-only.example");
  });

  it("adds and removes return URL prefixes; payment requests follow at once", async () => {
    const add = (returnUrl: string) => post(admin, "/dashboard/settings/checkout/return-urls", addReturnUrlOptions, addReturnUrl, { returnUrl });
    const remove = (returnUrl: string) => post(admin, "/dashboard/settings/checkout/return-urls/remove", removeReturnUrlOptions, removeReturnUrl, { returnUrl });
    const request = (returnUrl: string) =>
      createPaymentRequest(ctx, { merchantId: shop.merchantId, mode: "test", input: { amount: 100, currency: "EUR", returnUrl } });

    await expect(request("https://new.example/back/1")).rejects.toMatchObject({ code: "return_url_not_allowed" });
    expect(result(await add("https://new.example/back/"))).toMatchObject({ notice: "return_url_added" });
    expect((await request("https://new.example/back/1")).status).toBe("open");
    for (const bad of ["http://new.example/", "https://u:p@new.example/", "https://new.example/#x", "nope"]) {
      expect(result(await add(bad))).toMatchObject({ error: "parameter_invalid", param: "returnUrl" });
    }
    expect(result(await remove("https://shop.example/return/"))).toMatchObject({ notice: "return_url_removed" });
    await expect(request("https://shop.example/return/1")).rejects.toMatchObject({ code: "return_url_not_allowed" });
    expect((await getMerchantSettings(ctx, other.merchantId, "test")).returnUrls).toEqual(["https://shop.example/return/"]);
    expect(await lastAudit()).toMatchObject({ action: "settings.return_url.remove", outcome: "success", details: { returnUrl: "https://shop.example/return/" } });
  });
});

describe("POST /dashboard/settings/checkout/three-ds", () => {
  const policy = (fields: Record<string, string>) => post(admin, "/dashboard/settings/checkout/three-ds", updateThreeDsPolicyOptions, updateThreeDsPolicy, fields);

  it("converts a threshold in major units with the currency's exponent", async () => {
    expect(result(await policy({ policy: "above_amount", threshold: "50.5", currency: "TND" }))).toMatchObject({ notice: "three_ds_saved" });
    expect((await settings()).threeDsPolicy).toEqual({ threeDsPolicy: "above_amount", threshold: 50500, thresholdCurrency: "TND" });
    expect(await lastAudit()).toMatchObject({ action: "settings.three_ds.update", outcome: "success", details: { threeDsPolicy: "above_amount", threshold: 50500 } });
    await policy({ policy: "always", threshold: "10", currency: "EUR" });
    expect((await settings()).threeDsPolicy).toEqual({ threeDsPolicy: "always", threshold: null, thresholdCurrency: null });
  });

  it.each([
    [{ policy: "sometimes" }, "policy"],
    [{ policy: "above_amount", currency: "EUR" }, "threshold"],
    [{ policy: "above_amount", threshold: "10.001", currency: "EUR" }, "threshold"],
    [{ policy: "above_amount", threshold: "-1", currency: "EUR" }, "threshold"],
    [{ policy: "above_amount", threshold: "10", currency: "XXX" }, "currency"],
  ])("refuses %j", async (fields, param) => {
    const before = await settings();
    expect(result(await policy(fields))).toMatchObject({ error: "parameter_invalid", param });
    expect((await settings()).threeDsPolicy).toEqual(before.threeDsPolicy);
  });
});
