import { createMerchant, createSimulatedAcquirer, listPaymentRequests, type CreatedMerchant, type StaffRole } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handleCreatePaymentRequest } from "@/app/api/v1/payment-requests/handler";
import { handleStaffMutation } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { createPaymentLink, createPaymentLinkOptions } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;
const staff = {} as Record<StaffRole | "adminLive" | "adminOfB", TestStaff>;

const valid = {
  back: "/dashboard/links/new",
  amount: "25.50",
  currency: "EUR",
  merchantReference: "INV-2026-001",
  customerEmail: "ada@example.com",
  description: "Invoice 2026-001",
  expiresIn: "7d",
};

function post(who: TestStaff | null, fields: Record<string, string>, headers: Record<string, string | null> = {}) {
  return handleStaffMutation(ctx, staffFormRequest(ctx, who, "/dashboard/links/create", fields, headers), {}, createPaymentLinkOptions, createPaymentLink);
}

const links = () => ctx.db.select().from(schema.paymentRequests);
const auditOf = (who: TestStaff) => ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.userId, who.user.id));

beforeAll(async () => {
  // A stand-in live connector: these tests are about the session's mode, not about live mode being off.
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2, liveAcquirer: createSimulatedAcquirer() });
  [shopA, shopB] = ctx.merchants;
  for (const role of ["owner", "admin", "viewer"] as const) staff[role] = await createTestStaff(ctx, { merchantId: shopA.merchantId, role });
  staff.adminLive = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "admin", mode: "live" });
  staff.adminOfB = await createTestStaff(ctx, { merchantId: shopB.merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.auditLog);
  await ctx.db.delete(schema.idempotencyKeys);
  await ctx.db.delete(schema.paymentRequests);
});

describe("POST /dashboard/links/create", () => {
  it("lets an admin create a link without return URL, in major units, and audits it", async () => {
    const response = await post(staff.admin, valid);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toMatch(/^\/dashboard\/links\/pr_[A-Za-z0-9_-]+$/);
    expect(location.searchParams.get("notice")).toBe("link_created");

    const [link] = await links();
    const id = location.pathname.split("/").at(-1);
    expect(link).toMatchObject({
      id,
      merchantId: shopA.merchantId,
      mode: "test",
      status: "open",
      intent: "payment",
      amount: 2550,
      currency: "EUR",
      merchantReference: "INV-2026-001",
      customerEmail: "ada@example.com",
      description: "Invoice 2026-001",
      returnUrl: null,
      cancelUrl: null,
      captureMode: "automatic",
      createdByUserId: staff.admin.user.id,
    });
    expect(link!.expiresAt.getTime() - ctx.clock.now().getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const [entry] = await auditOf(staff.admin);
    expect(entry).toMatchObject({ action: "payment_link.create", outcome: "success", targetType: "payment_request", targetId: id, mode: "test" });
    expect(entry!.details).toMatchObject({ amount: 2550, currency: "EUR", merchantReference: "INV-2026-001" });
    // The shopper's email is not audit material.
    expect(JSON.stringify(entry!.details)).not.toContain("ada@example.com");
  });

  it("converts with each currency's exponent (3 decimals for TND, none for JPY) and accepts the owner", async () => {
    expect((await post(staff.owner, { ...valid, amount: "12.345", currency: "TND" })).status).toBe(303);
    expect((await post(staff.owner, { ...valid, amount: "500", currency: "JPY", merchantReference: "", customerEmail: "", description: "" })).status).toBe(303);
    const rows = await links();
    expect(rows.map((row) => [row.currency, row.amount]).sort()).toEqual([
      ["JPY", 500],
      ["TND", 12345],
    ]);
    // Empty optional fields are absent, not empty strings.
    expect(rows.find((row) => row.currency === "JPY")).toMatchObject({ merchantReference: null, customerEmail: null, description: null });
  });

  it("creates the link in the session's mode", async () => {
    await post(staff.adminLive, valid);
    const [link] = await links();
    expect(link?.mode).toBe("live");
  });

  it("refuses a live link while live mode is off (no live acquirer): nothing created", async () => {
    const acquirers = ctx.acquirers;
    ctx.acquirers = { test: acquirers.test };
    try {
      const response = await post(staff.adminLive, valid);
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("live_mode_unavailable");
      expect(await links()).toHaveLength(0);
    } finally {
      ctx.acquirers = acquirers;
    }
  });

  it("refuses a viewer: nothing created, audited as denied", async () => {
    const response = await post(staff.viewer, valid);
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("permission_denied");
    expect(await links()).toHaveLength(0);
    const [entry] = await auditOf(staff.viewer);
    expect(entry).toMatchObject({ action: "payment_link.create", outcome: "denied", details: { error: "permission_denied" } });
  });

  it("refuses a forged post (no CSRF token, another site) and a post without a session", async () => {
    expect((await post(staff.admin, { ...valid, csrf: "forged" })).headers.get("location")).toContain("error=csrf_token_invalid");
    expect((await post(staff.admin, valid, { "sec-fetch-site": "cross-site" })).headers.get("location")).toContain("error=origin_not_allowed");
    expect((await post(null, valid)).headers.get("location")).toContain("/login");
    expect(await links()).toHaveLength(0);
  });

  const invalid: [string, Record<string, string>, string][] = [
    ["a word as amount", { amount: "ten" }, "amount"],
    ["a zero amount", { amount: "0.00" }, "amount"],
    ["a negative amount", { amount: "-5" }, "amount"],
    ["a comma decimal", { amount: "25,50" }, "amount"],
    ["more decimals than EUR has", { amount: "25.505" }, "amount"],
    ["decimals for JPY", { amount: "5.5", currency: "JPY" }, "amount"],
    ["no amount", { amount: "" }, "amount"],
    ["an unknown currency", { currency: "XXX" }, "currency"],
    ["a lower-case currency", { currency: "eur" }, "currency"],
    ["an expiry not offered", { expiresIn: "90d" }, "expiresIn"],
    ["no expiry", { expiresIn: "" }, "expiresIn"],
    ["a malformed email", { customerEmail: "not-an-email" }, "customerEmail"],
    ["a reference over 64 characters", { merchantReference: "x".repeat(65) }, "merchantReference"],
  ];
  for (const [what, change, param] of invalid) {
    it(`refuses ${what} with parameter_invalid (${param}) and creates nothing`, async () => {
      const form = await post(staff.admin, { ...valid, ...change });
      expect(form.status).toBe(303);
      const location = new URL(form.headers.get("location")!);
      expect(location.pathname).toBe("/dashboard/links/new");
      expect(location.searchParams.get("error")).toBe("parameter_invalid");

      const json = await post(staff.admin, { ...valid, ...change }, { accept: "application/json" });
      expect(json.status).toBe(400);
      expect((await json.json()).error).toMatchObject({ code: "parameter_invalid", param });

      expect(await links()).toHaveLength(0);
      const entries = await auditOf(staff.admin);
      expect(entries.map((entry) => entry.outcome)).toEqual(["failure", "failure"]);
      expect(entries[0]!.details).toEqual({ error: "parameter_invalid" });
    });
  }

  it("lists a merchant's own links in the session's mode only", async () => {
    await post(staff.admin, { ...valid, merchantReference: "a-test" });
    await post(staff.adminLive, { ...valid, merchantReference: "a-live" });
    await post(staff.adminOfB, { ...valid, merchantReference: "b-test" });
    const list = async (merchantId: string, mode: "test" | "live") =>
      (await listPaymentRequests(ctx, { merchantId, mode, createdBy: "staff" })).data.map((link) => link.merchantReference);
    expect(await list(shopA.merchantId, "test")).toEqual(["a-test"]);
    expect(await list(shopA.merchantId, "live")).toEqual(["a-live"]);
    expect(await list(shopB.merchantId, "test")).toEqual(["b-test"]);
  });
});

describe("POST /api/v1/payment-requests still requires a return URL", () => {
  const apiCreate = (body: Record<string, unknown>) =>
    ctx.respond(
      handleCreatePaymentRequest(
        new Request("https://pay.example/api/v1/payment-requests", {
          method: "POST",
          headers: { authorization: `Bearer ${shopA.keys.test.secretKey}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        ctx,
      ),
    );

  for (const [what, body] of [
    ["without returnUrl", { amount: 2500, currency: "EUR" }],
    ["with returnUrl null", { amount: 2500, currency: "EUR", returnUrl: null }],
    ["smuggling createdByUserId", { amount: 2500, currency: "EUR", returnUrl: "https://shop-a.example/r", createdByUserId: "usr_aaaaaaaaaaaaaaaaaaaaaa" }],
  ] as const) {
    it(`refuses a request ${what}`, async () => {
      const response = await apiCreate(body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("parameter_invalid");
      expect(await links()).toHaveLength(0);
    });
  }
});
