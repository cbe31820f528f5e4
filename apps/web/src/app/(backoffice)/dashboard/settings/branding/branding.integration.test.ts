import { createMerchant, getCheckoutSession, createPaymentRequest, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handleGetMerchantLogo } from "@/app/branding/[merchantId]/logo/[sha256]/handler";
import { handleStaffMutation } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { staffUploadRequest } from "@/server/testing/staff-upload-request";
import { removeLogo, removeLogoOptions } from "./logo/remove/handler";
import { uploadLogo, uploadLogoOptions } from "./logo/handler";
import { updateBranding, updateBrandingOptions } from "./update/handler";

let ctx: TestContext;
let shop: CreatedMerchant;
let other: CreatedMerchant;
let admin: TestStaff;
let adminOfOther: TestStaff;

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
const HTML = Buffer.from("<!doctype html><script>alert(document.cookie)</script>");

const back = { back: "/dashboard/settings/branding" };
const postBranding = (who: TestStaff, fields: Record<string, string>, headers: Record<string, string | null> = {}) =>
  handleStaffMutation(ctx, staffFormRequest(ctx, who, "/dashboard/settings/branding/update", { ...back, ...fields }, headers), {}, updateBrandingOptions, updateBranding);
const upload = (who: TestStaff, file: { bytes: Uint8Array; name: string; type: string }, headers: Record<string, string | null> = {}) =>
  handleStaffMutation(ctx, staffUploadRequest(ctx, who, "/dashboard/settings/branding/logo", { logo: file }, back, headers), {}, uploadLogoOptions, uploadLogo);
const serve = (path: string) => {
  const [, , merchantId, , sha256] = path.split("/");
  return handleGetMerchantLogo(new Request(`https://pay.example${path}`), ctx, { merchantId: decodeURIComponent(merchantId!), sha256: sha256! });
};
const settingsOf = async (merchantId: string) =>
  (await ctx.db.select().from(schema.merchantSettings).where(eq(schema.merchantSettings.merchantId, merchantId)))[0]!;
const lastAudit = async () => (await ctx.db.select().from(schema.auditLog)).at(-1)!;
const errorOf = (response: Response) => {
  const location = new URL(response.headers.get("location")!);
  return { path: location.pathname, error: location.searchParams.get("error"), param: location.searchParams.get("param") };
};

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" });
  shop = await createMerchant(ctx, { name: "Shop", returnUrls: ["https://shop.example/"] });
  other = await createMerchant(ctx, { name: "Other" });
  admin = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "admin" });
  adminOfOther = await createTestStaff(ctx, { merchantId: other.merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.auditLog);
});

describe("POST /dashboard/settings/branding/update", () => {
  it("saves the name and colours of the admin's own merchant, shown on its payment page, and audits them", async () => {
    const response = await postBranding(admin, { displayName: "Maison Jeton", primaryColor: "#0B5E2F", backgroundColor: "#fdfaf3" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://pay.example/dashboard/settings/branding?notice=branding_saved");
    expect(await settingsOf(shop.merchantId)).toMatchObject({ displayName: "Maison Jeton", primaryColor: "#0b5e2f", backgroundColor: "#fdfaf3" });
    expect(await settingsOf(other.merchantId)).toMatchObject({ displayName: "Other", primaryColor: "#3b3bd6" });
    expect(await lastAudit()).toMatchObject({
      userId: admin.user.id,
      action: "settings.branding.update",
      outcome: "success",
      targetType: "merchant",
      targetId: shop.merchantId,
      details: { displayName: "Maison Jeton", primaryColor: "#0b5e2f", backgroundColor: "#fdfaf3" },
    });
    const pr = await createPaymentRequest(ctx, { merchantId: shop.merchantId, mode: "test", input: { amount: 100, currency: "EUR", returnUrl: "https://shop.example/r" } });
    expect((await getCheckoutSession(ctx, { paymentRequestId: pr.id }))?.merchant).toMatchObject({ name: "Maison Jeton", primaryColor: "#0b5e2f" });
  });

  it("refuses colours below WCAG AA contrast, naming the field, with a clear message for fetch callers", async () => {
    const before = await settingsOf(shop.merchantId);
    const light = await postBranding(admin, { displayName: "Shop", primaryColor: "#ffd700", backgroundColor: "#ffffff" });
    expect(errorOf(light)).toEqual({ path: "/dashboard/settings/branding", error: "parameter_invalid", param: "primaryColor" });
    const dark = await postBranding(admin, { displayName: "Shop", primaryColor: "#3b3bd6", backgroundColor: "#202020" });
    expect(errorOf(dark)).toMatchObject({ error: "parameter_invalid", param: "backgroundColor" });
    const json = await postBranding(admin, { displayName: "Shop", primaryColor: "#ffd700", backgroundColor: "#ffffff" }, { accept: "application/json" });
    expect(json.status).toBe(400);
    const { error } = await json.json();
    expect(error).toMatchObject({ code: "parameter_invalid", param: "primaryColor" });
    expect(error.message).toMatch(/contrast of \d\.\d+:1, below the 4\.5:1 that WCAG AA requires/);
    expect(await settingsOf(shop.merchantId)).toEqual(before);
    expect(await lastAudit()).toMatchObject({ action: "settings.branding.update", outcome: "failure", details: { error: "parameter_invalid" } });
  });

  it.each([
    [{ displayName: "", primaryColor: "#000000", backgroundColor: "#ffffff" }, "displayName"],
    [{ displayName: "Shop", primaryColor: "black", backgroundColor: "#ffffff" }, "primaryColor"],
    [{ displayName: "Shop", primaryColor: "#000000", backgroundColor: "#fff}body{display:none" }, "backgroundColor"],
    [{ displayName: "Shop", primaryColor: "#000000" }, "backgroundColor"],
  ])("refuses %j", async (fields, param) => {
    expect(errorOf(await postBranding(admin, fields))).toMatchObject({ error: "parameter_invalid", param });
  });
});

describe("POST /dashboard/settings/branding/logo and GET /branding/…", () => {
  it("accepts a PNG, serves it with its type, nosniff and a long cache, and points the payment page at it", async () => {
    const response = await upload(admin, { bytes: PNG, name: "logo.png", type: "image/png" });
    expect(response.headers.get("location")).toBe("https://pay.example/dashboard/settings/branding?notice=logo_uploaded");
    const { logoUrl } = await settingsOf(shop.merchantId);
    expect(logoUrl).toMatch(new RegExp(`^/branding/${shop.merchantId}/logo/[0-9a-f]{64}$`));
    const served = await serve(logoUrl!);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toContain("max-age=31536000");
    expect(served.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: "settings.branding.logo_upload", outcome: "success", details: { contentType: "image/png", bytes: PNG.length } });
  });

  it.each([
    ["an SVG named logo.png", { bytes: SVG, name: "logo.png", type: "image/png" }],
    ["an SVG", { bytes: SVG, name: "logo.svg", type: "image/svg+xml" }],
    ["an HTML page named logo.png", { bytes: HTML, name: "logo.png", type: "image/png" }],
    ["a PNG declared as SVG", { bytes: PNG, name: "logo.svg", type: "image/svg+xml" }],
  ])("refuses %s and keeps the logo", async (_name, file) => {
    const before = await settingsOf(shop.merchantId);
    const response = await upload(admin, file);
    expect(errorOf(response)).toEqual({ path: "/dashboard/settings/branding", error: "parameter_invalid", param: "logo" });
    expect((await settingsOf(shop.merchantId)).logoUrl).toBe(before.logoUrl);
    expect(await lastAudit()).toMatchObject({ action: "settings.branding.logo_upload", outcome: "failure" });
  });

  it("refuses a file over 200 KB", async () => {
    const before = await settingsOf(shop.merchantId);
    const big = Buffer.concat([PNG, Buffer.alloc(200 * 1024)]);
    const response = await upload(admin, { bytes: big, name: "logo.png", type: "image/png" });
    expect(["body_too_large", "parameter_invalid"]).toContain(errorOf(response).error);
    // Just over the logo limit but under the body limit: the operation's own check.
    const justOver = Buffer.concat([PNG, Buffer.alloc(200 * 1024 - PNG.length + 1)]);
    expect(errorOf(await upload(admin, { bytes: justOver, name: "logo.png", type: "image/png" }))).toMatchObject({ error: "parameter_invalid", param: "logo" });
    expect((await settingsOf(shop.merchantId)).logoUrl).toBe(before.logoUrl);
  });

  it("lets another merchant's admin upload only their own logo: the first merchant's stays served", async () => {
    const mine = await settingsOf(shop.merchantId);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    await upload(adminOfOther, { bytes: jpeg, name: "other.jpg", type: "image/jpeg" });
    const theirs = await settingsOf(other.merchantId);
    expect(theirs.logoUrl).toMatch(new RegExp(`^/branding/${other.merchantId}/`));
    expect((await settingsOf(shop.merchantId)).logoUrl).toBe(mine.logoUrl);
    expect((await serve(mine.logoUrl!)).headers.get("content-type")).toBe("image/png");
    expect((await serve(theirs.logoUrl!)).headers.get("content-type")).toBe("image/jpeg");
    // A hash under the wrong merchant, or made up, is not found.
    const sha = mine.logoUrl!.split("/").at(-1)!;
    expect((await serve(`/branding/${other.merchantId}/logo/${sha}`)).status).toBe(404);
    expect((await serve(`/branding/${shop.merchantId}/logo/${"0".repeat(64)}`)).status).toBe(404);
  });

  it("removes the logo: the page shows none and its URL answers 404", async () => {
    const { logoUrl } = await settingsOf(shop.merchantId);
    const response = await handleStaffMutation(ctx, staffFormRequest(ctx, admin, "/dashboard/settings/branding/logo/remove", back), {}, removeLogoOptions, removeLogo);
    expect(response.headers.get("location")).toContain("notice=logo_removed");
    expect((await settingsOf(shop.merchantId)).logoUrl).toBeNull();
    expect((await serve(logoUrl!)).status).toBe(404);
    expect((await settingsOf(other.merchantId)).logoUrl).not.toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "settings.branding.logo_remove", outcome: "success", details: { removed: true } });
  });
});
