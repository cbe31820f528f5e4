import { createMerchant, createWebhookEndpoint, recordEvent, type CreatedMerchant, type StaffRole } from "@jeton/core";
import { schema } from "@jeton/db";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handleStaffMutation, type StaffMutationInput, type StaffMutationOptions, type StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { staffUploadRequest } from "@/server/testing/staff-upload-request";
import { removeLogo, removeLogoOptions } from "./branding/logo/remove/handler";
import { uploadLogo, uploadLogoOptions } from "./branding/logo/handler";
import { updateBranding, updateBrandingOptions } from "./branding/update/handler";
import { updateLocales, updateLocalesOptions } from "./checkout/locales/handler";
import { addOrigin, addOriginOptions } from "./checkout/origins/handler";
import { removeOrigin, removeOriginOptions } from "./checkout/origins/remove/handler";
import { addReturnUrl, addReturnUrlOptions } from "./checkout/return-urls/handler";
import { removeReturnUrl, removeReturnUrlOptions } from "./checkout/return-urls/remove/handler";
import { updateThreeDsPolicy, updateThreeDsPolicyOptions } from "./checkout/three-ds/handler";
import { rollSecretKey, rollSecretKeyOptions } from "./developers/keys/roll/handler";
import { createWebhookEndpoint as createEndpointMutation, createWebhookEndpointOptions } from "./developers/webhooks/create/handler";
import { deleteWebhookEndpoint, deleteWebhookEndpointOptions } from "./developers/webhooks/[id]/delete/handler";
import { redeliverWebhookEvent, redeliverWebhookEventOptions } from "./developers/webhooks/[id]/redeliver/handler";
import { sendTestWebhook, sendTestWebhookOptions } from "./developers/webhooks/[id]/test/handler";

/**
 * Every settings change, refused the same ways: to a viewer, without a
 * session, from another site, without the CSRF token. Each refusal leaves
 * the merchant's settings exactly as they were and (but for the missing
 * session, which names nobody) is in the audit log as denied.
 */

let ctx: TestContext;
let shop: CreatedMerchant;
let endpointId: string;
let eventId: string;
const staff = {} as Record<StaffRole, TestStaff>;

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

interface Mutation {
  name: string;
  path: string;
  options: StaffMutationOptions<never>;
  run: (input: StaffMutationInput<never>) => Promise<StaffMutationOutcome>;
  params?: Record<string, string>;
  fields?: () => Record<string, string>;
  upload?: boolean;
}

const m = <P,>(mutation: Omit<Mutation, "options" | "run"> & { options: StaffMutationOptions<P>; run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome> }) =>
  mutation as unknown as Mutation;

const mutations: Mutation[] = [
  m({ name: "branding update", path: "/dashboard/settings/branding/update", options: updateBrandingOptions, run: updateBranding, fields: () => ({ displayName: "Hacked", primaryColor: "#000000", backgroundColor: "#ffffff" }) }),
  m({ name: "logo upload", path: "/dashboard/settings/branding/logo", options: uploadLogoOptions, run: uploadLogo, upload: true }),
  m({ name: "logo remove", path: "/dashboard/settings/branding/logo/remove", options: removeLogoOptions, run: removeLogo }),
  m({ name: "locales", path: "/dashboard/settings/checkout/locales", options: updateLocalesOptions, run: updateLocales, fields: () => ({ enabledLocales: "en", defaultLocale: "en" }) }),
  m({ name: "origin add", path: "/dashboard/settings/checkout/origins", options: addOriginOptions, run: addOrigin, fields: () => ({ origin: "https://evil.example" }) }),
  m({ name: "origin remove", path: "/dashboard/settings/checkout/origins/remove", options: removeOriginOptions, run: removeOrigin, fields: () => ({ origin: "https://shop.example" }) }),
  m({ name: "return URL add", path: "/dashboard/settings/checkout/return-urls", options: addReturnUrlOptions, run: addReturnUrl, fields: () => ({ returnUrl: "https://evil.example/" }) }),
  m({ name: "return URL remove", path: "/dashboard/settings/checkout/return-urls/remove", options: removeReturnUrlOptions, run: removeReturnUrl, fields: () => ({ returnUrl: "https://shop.example/return/" }) }),
  m({ name: "3DS policy", path: "/dashboard/settings/checkout/three-ds", options: updateThreeDsPolicyOptions, run: updateThreeDsPolicy, fields: () => ({ policy: "always" }) }),
  m({ name: "secret key roll", path: "/dashboard/settings/developers/keys/roll", options: rollSecretKeyOptions, run: rollSecretKey }),
  m({ name: "webhook create", path: "/dashboard/settings/developers/webhooks/create", options: createWebhookEndpointOptions, run: createEndpointMutation, fields: () => ({ url: "https://evil.example/hook" }) }),
  m({ name: "webhook delete", path: "/dashboard/settings/developers/webhooks/{id}/delete", options: deleteWebhookEndpointOptions, run: deleteWebhookEndpoint, params: {} }),
  m({ name: "webhook test", path: "/dashboard/settings/developers/webhooks/{id}/test", options: sendTestWebhookOptions, run: sendTestWebhook, params: {} }),
  m({ name: "webhook redeliver", path: "/dashboard/settings/developers/webhooks/{id}/redeliver", options: redeliverWebhookEventOptions, run: redeliverWebhookEvent, params: {}, fields: () => ({ eventId }) }),
];

function send(mutation: Mutation, who: TestStaff | null, headers: Record<string, string | null> = {}, extraFields: Record<string, string> = {}) {
  const params = mutation.params ? { id: endpointId } : {};
  const path = mutation.path.replace("{id}", endpointId);
  const fields = { back: "/dashboard/settings", ...(mutation.fields?.() ?? {}), ...extraFields };
  const request = mutation.upload
    ? staffUploadRequest(ctx, who, path, { logo: { bytes: PNG, name: "logo.png", type: "image/png" } }, fields, headers)
    : staffFormRequest(ctx, who, path, fields, headers);
  return handleStaffMutation(ctx, request, params as never, mutation.options, mutation.run);
}

/** Everything a settings mutation could change, for this merchant. */
async function snapshot() {
  const db = ctx.db;
  return JSON.stringify({
    settings: await db.select().from(schema.merchantSettings).where(eq(schema.merchantSettings.merchantId, shop.merchantId)),
    logo: await db.select({ sha256: schema.merchantLogos.sha256 }).from(schema.merchantLogos),
    origins: await db.select().from(schema.merchantOrigins).orderBy(asc(schema.merchantOrigins.origin)),
    returnUrls: await db.select().from(schema.merchantReturnUrls).orderBy(asc(schema.merchantReturnUrls.urlPrefix)),
    keys: await db.select().from(schema.apiKeys).orderBy(asc(schema.apiKeys.id)),
    endpoints: await db.select().from(schema.webhookEndpoints).orderBy(asc(schema.webhookEndpoints.id)),
    events: await db.select({ id: schema.events.id }).from(schema.events).orderBy(asc(schema.events.id)),
    deliveries: await db.select().from(schema.webhookDeliveries).orderBy(asc(schema.webhookDeliveries.id)),
  });
}

const audit = () => ctx.db.select().from(schema.auditLog);

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" });
  shop = await createMerchant(ctx, { name: "Shop", origins: ["https://shop.example"], returnUrls: ["https://shop.example/return/"] });
  for (const role of ["owner", "admin", "viewer"] as const) staff[role] = await createTestStaff(ctx, { merchantId: shop.merchantId, role });
  const endpoint = await createWebhookEndpoint(ctx, { merchantId: shop.merchantId, mode: "test", url: "https://shop.example/hooks" });
  endpointId = endpoint.id;
  ({ eventId } = await recordEvent(ctx.db, ctx.clock, { merchantId: shop.merchantId, mode: "test", type: "customer.created", objectId: "cus_x", data: {} }));
  // Something to remove: a logo in place.
  const logo = await send(mutations.find((x) => x.upload)!, staff.admin);
  expect(logo.status).toBe(303);
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.auditLog);
});

describe.each(mutations)("$name", (mutation) => {
  it("is refused to a viewer (permission_denied), audited as denied, and changes nothing", async () => {
    const before = await snapshot();
    const response = await send(mutation, staff.viewer);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/dashboard/settings");
    expect(location.searchParams.get("error")).toBe("permission_denied");
    expect(await snapshot()).toBe(before);
    const entries = await audit();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ userId: staff.viewer.user.id, action: mutation.options.action, outcome: "denied", details: { error: "permission_denied" } });
  });

  it("answers 403 permission_denied to a viewer's fetch", async () => {
    const response = await send(mutation, staff.viewer, { accept: "application/json" });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("permission_denied");
  });

  it("does nothing without a session (sent to sign in) and records nothing", async () => {
    const before = await snapshot();
    const response = await send(mutation, null);
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).pathname).toBe("/login");
    expect(await snapshot()).toBe(before);
    expect(await audit()).toHaveLength(0);
  });

  it("refuses an admin's session used from another site, or without the CSRF token", async () => {
    const before = await snapshot();
    for (const [headers, extra, code] of [
      [{ "sec-fetch-site": "cross-site", origin: "https://evil.example" }, {}, "origin_not_allowed"],
      [{ "sec-fetch-site": null, origin: "https://evil.example" }, {}, "origin_not_allowed"],
      [{}, { csrf: "forged" }, "csrf_token_invalid"],
    ] as const) {
      const response = await send(mutation, staff.admin, headers, extra);
      expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe(code);
    }
    expect(await snapshot()).toBe(before);
    expect((await audit()).map((entry) => entry.outcome)).toEqual(["denied", "denied", "denied"]);
  });
});
