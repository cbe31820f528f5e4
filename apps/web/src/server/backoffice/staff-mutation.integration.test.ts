import { createId, createMerchant, type StaffRole } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleStaffMutation, type StaffMutationOptions } from "./staff-mutation";
import { newStaffSession, sealStaffSession, unsealStaffSession } from "./staff-session";

let ctx: TestContext;
let merchantId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  ({ merchantId } = await createMerchant(ctx, { name: "Wrapper shop" }));
});
afterAll(async () => ctx.handle.close());

async function staffMember(role: StaffRole) {
  const id = createId("usr");
  await ctx.db.insert(schema.staffUsers).values({ id, merchantId, email: `${id.toLowerCase()}@shop.test`, passwordHash: "x", role });
  const session = newStaffSession({ userId: id, sessionVersion: 1, stage: "active" }, ctx.clock.now());
  return { id, session, cookie: `jeton_staff=${await sealStaffSession(ctx.config, session)}` };
}

const form = (fields: Record<string, string>, headers: Record<string, string>) =>
  new Request("http://localhost:3000/dashboard/thing", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });

const options: StaffMutationOptions<{ id: string }> = { action: "test.touch", role: "admin", target: (p) => ({ type: "thing", id: p.id }) };

async function run(request: Request) {
  let ran = 0;
  const response = await handleStaffMutation(ctx, request, { id: "thing_1" }, options, async ({ staff }) => {
    ran += 1;
    return { redirect: "/dashboard/things", notice: "saved", details: { by: staff.role } };
  });
  return { response, ran };
}

const auditOf = async (userId: string) =>
  ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.userId, userId)).orderBy(schema.auditLog.createdAt);

describe("staff mutations", () => {
  it("run for a role that may, answer 303 with the notice, refresh the cookie and audit the success", async () => {
    const admin = await staffMember("admin");
    const { response, ran } = await run(form({ csrf: admin.session.csrf }, { cookie: admin.cookie, "sec-fetch-site": "same-origin", "user-agent": "UA", "x-jeton-peer-address": "203.0.113.9" }));
    expect(ran).toBe(1);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/dashboard/things?notice=saved");
    expect(response.headers.get("set-cookie")).toMatch(/^jeton_staff=Fe26.*HttpOnly; SameSite=Lax/);
    const [entry] = await auditOf(admin.id);
    expect(entry).toMatchObject({ action: "test.touch", outcome: "success", targetType: "thing", targetId: "thing_1", mode: "test", ip: "203.0.113.9", userAgent: "UA", details: { by: "admin" } });
  });

  it("refuse a lower role, a wrong or missing CSRF token and another origin, auditing each as denied", async () => {
    const viewer = await staffMember("viewer");
    const admin = await staffMember("admin");
    const cases = [
      form({ csrf: viewer.session.csrf }, { cookie: viewer.cookie, "sec-fetch-site": "same-origin" }),
      form({ csrf: "forged" }, { cookie: admin.cookie, "sec-fetch-site": "same-origin" }),
      form({}, { cookie: admin.cookie, "sec-fetch-site": "same-origin" }),
      form({ csrf: admin.session.csrf }, { cookie: admin.cookie, "sec-fetch-site": "cross-site", origin: "http://evil.test" }),
      form({ csrf: admin.session.csrf }, { cookie: admin.cookie, origin: "http://127.0.0.1:4000" }),
    ];
    const codes = [];
    for (const request of cases) {
      const { response, ran } = await run(request);
      expect(ran).toBe(0);
      expect(response.status).toBe(303);
      codes.push(new URL(response.headers.get("location")!).searchParams.get("error"));
    }
    expect(codes).toEqual(["permission_denied", "csrf_token_invalid", "csrf_token_invalid", "origin_not_allowed", "origin_not_allowed"]);
    expect((await auditOf(viewer.id)).map((e) => e.outcome)).toEqual(["denied"]);
    expect((await auditOf(admin.id)).map((e) => [e.outcome, (e.details as { error: string }).error])).toEqual([
      ["denied", "csrf_token_invalid"],
      ["denied", "csrf_token_invalid"],
      ["denied", "origin_not_allowed"],
      ["denied", "origin_not_allowed"],
    ]);
  });

  it("send requests without a live session to /login (or 401 for JSON) and change nothing", async () => {
    const admin = await staffMember("admin");
    const anonymous = await run(form({ csrf: admin.session.csrf }, { "sec-fetch-site": "same-origin" }));
    expect(anonymous.ran).toBe(0);
    expect(anonymous.response.headers.get("location")).toBe("http://localhost:3000/login?reason=session");

    const json = await run(form({ csrf: admin.session.csrf }, { "sec-fetch-site": "same-origin", accept: "application/json" }));
    expect(json.response.status).toBe(401);
    expect((await json.response.json()).error.code).toBe("session_required");

    // A session of a user whose sessions were revoked, or who was disabled, is worthless.
    await ctx.db.update(schema.staffUsers).set({ sessionVersion: 2 }).where(eq(schema.staffUsers.id, admin.id));
    const revoked = await run(form({ csrf: admin.session.csrf }, { cookie: admin.cookie, "sec-fetch-site": "same-origin" }));
    expect(revoked.ran).toBe(0);
    expect(revoked.response.headers.get("location")).toContain("/login");
    expect(await auditOf(admin.id)).toHaveLength(0);
  });

  it("answer JSON callers with JSON and errors with the envelope", async () => {
    const admin = await staffMember("admin");
    const headers = { cookie: admin.cookie, "sec-fetch-site": "same-origin", accept: "application/json" };
    const ok = await run(form({ csrf: admin.session.csrf }, headers));
    expect(await ok.response.json()).toEqual({ ok: true });
    const refused = await run(form({ csrf: "nope" }, headers));
    expect(refused.response.status).toBe(403);
    expect((await refused.response.json()).error.code).toBe("csrf_token_invalid");
  });

  it("never redirect outside the back-office, whatever `back` says", async () => {
    const viewer = await staffMember("viewer");
    for (const back of ["https://evil.test/", "//evil.test/dashboard", "/dashboard/../login", "/\\evil.test"]) {
      const { response } = await run(form({ csrf: viewer.session.csrf, back }, { cookie: viewer.cookie, "sec-fetch-site": "same-origin" }));
      const location = new URL(response.headers.get("location")!);
      expect(location.origin).toBe("http://localhost:3000");
      expect(location.pathname.startsWith("/dashboard")).toBe(true);
    }
  });

  it("refuse bodies over the limit before running anything", async () => {
    const admin = await staffMember("admin");
    const { response, ran } = await run(form({ csrf: admin.session.csrf, junk: "x".repeat(20_000) }, { cookie: admin.cookie, "sec-fetch-site": "same-origin", accept: "application/json" }));
    expect(ran).toBe(0);
    expect(response.status).toBe(413);
  });

  it("keep the session's mode in the refreshed cookie", async () => {
    const admin = await staffMember("admin");
    const { response } = await run(form({ csrf: admin.session.csrf }, { cookie: admin.cookie, "sec-fetch-site": "same-origin" }));
    const sealed = /^jeton_staff=([^;]+)/.exec(response.headers.get("set-cookie")!)![1];
    expect(await unsealStaffSession(ctx.config, sealed, ctx.clock.now())).toMatchObject({ userId: admin.id, mode: "test", csrf: admin.session.csrf });
  });

  it("drop the cookie when the action ends the session (sign-out), and only on success", async () => {
    const viewer = await staffMember("viewer");
    const signOut = (request: Request) =>
      handleStaffMutation(ctx, request, {}, { action: "logout", role: "viewer" }, async () => ({ redirect: "/login?reason=signed_out", session: null }));
    const refused = await signOut(form({ csrf: "forged" }, { cookie: viewer.cookie, "sec-fetch-site": "same-origin" }));
    expect(refused.headers.get("set-cookie")).toBeNull();
    const done = await signOut(form({ csrf: viewer.session.csrf }, { cookie: viewer.cookie, "sec-fetch-site": "same-origin" }));
    expect(done.headers.get("location")).toBe("http://localhost:3000/login?reason=signed_out");
    expect(done.headers.get("set-cookie")).toMatch(/^jeton_staff=; Path=\/; HttpOnly; SameSite=Lax.*Max-Age=0/);
  });
});
