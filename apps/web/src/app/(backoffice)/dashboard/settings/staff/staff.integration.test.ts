import { verifyStaffPassword, type StaffRole } from "@jeton/core";
import { schema } from "@jeton/db";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateStaff } from "@/server/backoffice/authenticate-staff";
import { handleStaffMutation, type StaffMutationInput, type StaffMutationOptions, type StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { changeRole, changeRoleOptions } from "./[id]/role/handler";
import { disableMember, disableMemberOptions } from "./[id]/disable/handler";
import { unlockMember, unlockMemberOptions } from "./[id]/unlock/handler";
import { addStaffMember, addStaffMemberOptions } from "./create/handler";

let ctx: TestContext;
let merchantId: string;
let otherMerchantId: string;
const staff = {} as Record<StaffRole, TestStaff>;

const location = (response: Response) => {
  const url = new URL(response.headers.get("location")!);
  return `${url.pathname}${url.search}`;
};
function send<P>(
  as: Pick<TestStaff, "cookie" | "csrf"> | null,
  path: string,
  params: P,
  options: StaffMutationOptions<P>,
  run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome>,
  fields: Record<string, string> = {},
  headers: Record<string, string | null> = {},
) {
  ctx.clock.advance(1);
  return handleStaffMutation(ctx, staffFormRequest(ctx, as, path, { back: "/dashboard/settings/staff", ...fields }, headers), params, options, run);
}
const create = (as: TestStaff | null, fields: Record<string, string>, headers: Record<string, string | null> = {}) =>
  send(as, "/dashboard/settings/staff/create", {}, addStaffMemberOptions, addStaffMember, fields, headers);
const lastAudit = async () => (await ctx.db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.createdAt), desc(schema.auditLog.id)).limit(1))[0]!;
const userByEmail = async (email: string) => (await ctx.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, email)))[0];

beforeAll(async () => {
  ctx = await createTestContext({}, { merchants: 2 });
  [{ merchantId }, { merchantId: otherMerchantId }] = ctx.merchants;
  for (const role of ["owner", "admin", "viewer"] as const) staff[role] = await createTestStaff(ctx, { merchantId, role });
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("adding staff", () => {
  it("adds a member for the owner's merchant, audited without the password", async () => {
    const response = await create(staff.owner, { email: "Clerk@Shop.example", role: "viewer", password: "initial password 1" });
    expect(location(response)).toBe("/dashboard/settings/staff?notice=user_created");
    const user = await userByEmail("clerk@shop.example");
    expect(user).toMatchObject({ merchantId, role: "viewer", totpEnabledAt: null });
    expect(await lastAudit()).toMatchObject({
      action: "staff.create",
      outcome: "success",
      userId: staff.owner.user.id,
      targetType: "staff_user",
      targetId: user!.id,
      details: { email: "clerk@shop.example", role: "viewer" },
    });
    expect(JSON.stringify(await lastAudit())).not.toContain("initial password");
  });

  it("says which field is wrong, and audits the failure", async () => {
    expect(location(await create(staff.owner, { email: "clerk@shop.example", role: "admin", password: "initial password 2" }))).toBe(
      "/dashboard/settings/staff?error=email_taken&param=email",
    );
    expect(await lastAudit()).toMatchObject({ action: "staff.create", outcome: "failure", details: { error: "email_taken" } });
    expect(location(await create(staff.owner, { email: "short@shop.example", role: "admin", password: "too short" }))).toBe(
      "/dashboard/settings/staff?error=parameter_invalid&param=password",
    );
    expect(location(await create(staff.owner, { email: "root@shop.example", role: "root", password: "initial password 3" }))).toBe(
      "/dashboard/settings/staff?error=parameter_invalid&param=role",
    );
    expect(await userByEmail("short@shop.example")).toBeUndefined();
    expect(await userByEmail("root@shop.example")).toBeUndefined();
  });

  it("is refused to admins and viewers (denied, audited) and to requests without a session, from another site or without the CSRF token", async () => {
    for (const role of ["admin", "viewer"] as const) {
      const response = await create(staff[role], { email: `by-${role}@shop.example`, role: "owner", password: "initial password 4" });
      expect(location(response)).toBe("/dashboard/settings/staff?error=permission_denied");
      expect(await lastAudit()).toMatchObject({ action: "staff.create", outcome: "denied", userId: staff[role].user.id, details: { error: "permission_denied" } });
      expect(await userByEmail(`by-${role}@shop.example`)).toBeUndefined();
    }

    const before = (await ctx.db.select().from(schema.auditLog)).length;
    const anonymous = await create(null, { email: "anon@shop.example", role: "owner", password: "initial password 5" });
    expect(location(anonymous)).toBe("/login?reason=session");
    const anonymousJson = await create(null, { email: "anon@shop.example", role: "owner", password: "initial password 5" }, { accept: "application/json" });
    expect(anonymousJson.status).toBe(401);
    expect(await anonymousJson.json()).toMatchObject({ error: { code: "session_required" } });
    // Nobody to attribute it to: no audit entry.
    expect((await ctx.db.select().from(schema.auditLog)).length).toBe(before);

    for (const headers of [
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      { "sec-fetch-site": null, origin: "https://evil.example" },
    ]) {
      const forged = await create(staff.owner, { email: "forged@shop.example", role: "owner", password: "initial password 6" }, headers);
      // Refused before the form is read, so it lands on the dashboard rather than the form's page.
      expect(location(forged)).toBe("/dashboard?error=origin_not_allowed");
      expect(await lastAudit()).toMatchObject({ action: "staff.create", outcome: "denied", details: { error: "origin_not_allowed" } });
    }
    const wrongCsrf = await create({ cookie: staff.owner.cookie, csrf: staff.admin.csrf }, { email: "forged@shop.example", role: "owner", password: "initial password 7" });
    expect(location(wrongCsrf)).toBe("/dashboard/settings/staff?error=csrf_token_invalid");
    expect(await lastAudit()).toMatchObject({ outcome: "denied", details: { error: "csrf_token_invalid" } });
    expect(await userByEmail("anon@shop.example")).toBeUndefined();
    expect(await userByEmail("forged@shop.example")).toBeUndefined();
  });
});

describe("changing roles, disabling and unlocking", () => {
  it("changes a role (their sessions end), refuses to demote the last owner, and finds no other merchant's user", async () => {
    const target = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const response = await send(staff.owner, `/x`, { id: target.user.id }, changeRoleOptions, changeRole, { role: "admin" });
    expect(location(response)).toBe("/dashboard/settings/staff?notice=role_changed");
    expect(await lastAudit()).toMatchObject({ action: "staff.role_change", outcome: "success", targetId: target.user.id, details: { from: "viewer", to: "admin" } });
    expect(await authenticateStaff(ctx, target.cookie.slice(12))).toBeNull();

    const lastOwner = await send(staff.owner, `/x`, { id: staff.owner.user.id }, changeRoleOptions, changeRole, { role: "admin" });
    expect(location(lastOwner)).toBe("/dashboard/settings/staff?error=last_owner_required");
    expect(await lastAudit()).toMatchObject({ action: "staff.role_change", outcome: "failure", targetId: staff.owner.user.id, details: { error: "last_owner_required" } });
    expect((await userByEmail(staff.owner.user.email))!.role).toBe("owner");

    const stranger = await createTestStaff(ctx, { merchantId: otherMerchantId, role: "viewer" });
    const foreign = await send(staff.owner, `/x`, { id: stranger.user.id }, changeRoleOptions, changeRole, { role: "owner" });
    expect(location(foreign)).toBe("/dashboard/settings/staff?error=resource_not_found&param=id");
    expect((await userByEmail(stranger.user.email))!.role).toBe("viewer");

    const byAdmin = await send(staff.admin, `/x`, { id: target.user.id }, changeRoleOptions, changeRole, { role: "owner" });
    expect(location(byAdmin)).toBe("/dashboard/settings/staff?error=permission_denied");
    expect((await userByEmail(target.user.email))!.role).toBe("admin");
  });

  it("sends an owner who changes their own role back to sign in", async () => {
    const second = await createTestStaff(ctx, { merchantId, role: "owner" });
    const response = await send(second, `/x`, { id: second.user.id }, changeRoleOptions, changeRole, { role: "admin" });
    expect(location(response)).toBe("/login?reason=role_changed");
    expect(await authenticateStaff(ctx, second.cookie.slice(12))).toBeNull();
  });

  it("disables a member: signed out, cannot sign in again; audited", async () => {
    const target = await createTestStaff(ctx, { merchantId, role: "admin" });
    const response = await send(staff.owner, `/x`, { id: target.user.id }, disableMemberOptions, disableMember);
    expect(location(response)).toBe("/dashboard/settings/staff?notice=user_disabled");
    expect(await lastAudit()).toMatchObject({ action: "staff.disable", outcome: "success", targetId: target.user.id });
    expect(await authenticateStaff(ctx, target.cookie.slice(12))).toBeNull();
    expect(await verifyStaffPassword(ctx, { email: target.user.email, password: target.password, ip: "203.0.113.8" })).toMatchObject({ ok: false, code: "invalid_credentials" });
  });

  it("unlocks a locked-out member, from every address; audited", async () => {
    const target = await createTestStaff(ctx, { merchantId, role: "viewer" });
    for (let i = 0; i < 5; i += 1) await verifyStaffPassword(ctx, { email: target.user.email, password: `wrong password ${i}`, ip: "203.0.113.8" });
    expect(await verifyStaffPassword(ctx, { email: target.user.email, password: target.password, ip: "203.0.113.8" })).toMatchObject({ ok: false, reason: "locked" });
    const byViewer = await send(staff.viewer, `/x`, { id: target.user.id }, unlockMemberOptions, unlockMember);
    expect(location(byViewer)).toBe("/dashboard/settings/staff?error=permission_denied");
    const response = await send(staff.owner, `/x`, { id: target.user.id }, unlockMemberOptions, unlockMember);
    expect(location(response)).toBe("/dashboard/settings/staff?notice=user_unlocked");
    expect(await lastAudit()).toMatchObject({ action: "staff.unlock", outcome: "success", targetId: target.user.id });
    expect(await verifyStaffPassword(ctx, { email: target.user.email, password: target.password, ip: "203.0.113.8" })).toMatchObject({ ok: true });
    const [row] = await ctx.db.select().from(schema.staffUsers).where(and(eq(schema.staffUsers.id, target.user.id)));
    expect(row!.failedAttempts).toBe(0);
  });
});
