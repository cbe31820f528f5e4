import { ACCOUNT_LOCK_FAILURES, ADDRESS_LOCK_FAILURES, createMerchant, createStaffUser, LOCKOUT_MS, revokeStaffSessions } from "@jeton/core";
import { createHash, timingSafeEqual } from "node:crypto";
import { schema } from "@jeton/db";
import { and, asc, eq } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { authenticateStaff } from "@/server/backoffice/authenticate-staff";
import { handleStaffMutation } from "@/server/backoffice/staff-mutation";
import { unsealStaffSession } from "@/server/backoffice/staff-session";
import { acknowledgeRecoveryCodes } from "./recovery-codes/continue/handler";
import { confirmEnrolment } from "./enrol/confirm/handler";
import { submitPassword } from "./password/handler";
import { submitSecondFactor } from "./second-factor/verify/handler";

// timingSafeEqual as it is, watched: the CSRF checks must go through it.
vi.mock("node:crypto", async (importOriginal) => {
  const original = await importOriginal<typeof import("node:crypto")>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

let ctx: TestContext;
let merchantId: string;
const ip = "203.0.113.7";

/** A form post from the sign-in pages, as the browser sends it. */
const post = (path: string, fields: Record<string, string>, cookie: string | null = null, headers: Record<string, string | null> = {}) => {
  // One millisecond per request: audit entries then sort in the order they were made.
  ctx.clock.advance(1);
  return staffFormRequest(ctx, null, path, fields, { cookie, "x-jeton-peer-address": ip, "user-agent": "Mozilla/5.0 (sign-in test)", ...headers });
};
const location = (response: Response) => {
  const url = new URL(response.headers.get("location")!);
  return `${url.pathname}${url.search}`;
};
/** `jeton_staff=…` for the next request, from a Set-Cookie (null when the cookie was dropped or not set). */
const cookieOf = (response: Response) => {
  const header = response.headers.get("set-cookie");
  if (!header || /Max-Age=0/.test(header)) return null;
  return header.split(";")[0]!;
};
const sessionOf = (cookie: string) => unsealStaffSession(ctx.config, cookie.slice("jeton_staff=".length), ctx.clock.now());
const codeFor = (secret: string, offsetMs = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: ctx.clock.now().getTime() + offsetMs });
const auditOf = (userId: string) =>
  ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.userId, userId)).orderBy(asc(schema.auditLog.createdAt), asc(schema.auditLog.id));

/** Both sign-in steps; returns the active session's cookie. */
async function signIn(staff: TestStaff, code = codeFor(staff.totpSecret)): Promise<string> {
  const step1 = await submitPassword(ctx, post("/login/password", { email: staff.user.email, password: staff.password }));
  expect(location(step1)).toBe("/login/second-factor");
  const pending = cookieOf(step1)!;
  const step2 = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: (await sessionOf(pending))!.csrf, code }, pending));
  expect(location(step2)).toMatch(/^\/dashboard/);
  return cookieOf(step2)!;
}

beforeAll(async () => {
  // Every sign-in here comes from one address; the per-address limit has a test of its own below.
  ctx = await createTestContext({ JETON_LOGIN_LIMIT_PER_IP: "1000" });
  merchantId = (await createMerchant({ db: ctx.db }, { name: "Sign-in shop" })).merchantId;
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("signing in with password and TOTP", () => {
  it("goes password → code → dashboard, with a fresh HttpOnly, SameSite=Lax cookie at each step, and audits both steps", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "admin" });
    const step1 = await submitPassword(ctx, post("/login/password", { email: staff.user.email.toUpperCase(), password: staff.password }));
    expect(step1.status).toBe(303);
    expect(location(step1)).toBe("/login/second-factor");
    const setCookie = step1.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^jeton_staff=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
    const pending = cookieOf(step1)!;
    const pendingSession = (await sessionOf(pending))!;
    expect(pendingSession).toMatchObject({ userId: staff.user.id, stage: "password" });
    // Half signed in is not signed in.
    expect(await authenticateStaff(ctx, pending.slice(12))).toBeNull();

    const step2 = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: pendingSession.csrf, code: codeFor(staff.totpSecret) }, pending));
    expect(location(step2)).toBe("/dashboard");
    expect(step2.headers.get("set-cookie")).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
    const active = cookieOf(step2)!;
    const identity = await authenticateStaff(ctx, active.slice(12));
    expect(identity).toMatchObject({ userId: staff.user.id, role: "admin", merchantId, mode: "test" });
    expect(identity!.csrf).not.toBe(pendingSession.csrf);

    const audit = await auditOf(staff.user.id);
    expect(audit.map((e) => [e.action, e.outcome])).toEqual([
      ["login.password", "success"],
      ["login.second_factor", "success"],
    ]);
    expect(audit[1]).toMatchObject({ merchantId, actorEmail: staff.user.email, ip, userAgent: "Mozilla/5.0 (sign-in test)", details: { method: "totp" } });
    const [row] = await ctx.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, staff.user.id));
    expect(row!.lastLoginAt).toEqual(ctx.clock.now());
  });

  it("marks the cookie Secure in production", async () => {
    const production = await createTestContext({ NODE_ENV: "production", JETON_PUBLIC_URL: "https://pay.example" });
    try {
      const { merchantId: shop } = await createMerchant({ db: production.db }, { name: "Prod shop" });
      const staff = await createTestStaff(production, { merchantId: shop, role: "viewer" });
      const response = await submitPassword(
        production,
        staffFormRequest(production, null, "/login/password", { email: staff.user.email, password: staff.password }),
      );
      expect(location(response)).toBe("/login/second-factor");
      expect(response.headers.get("set-cookie")).toMatch(/^jeton_staff=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      await production.handle.close();
    }
  });

  it("refuses a TOTP code the second time (replay), and keeps the user on the code page", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const code = codeFor(staff.totpSecret);
    await signIn(staff, code);
    const step1 = await submitPassword(ctx, post("/login/password", { email: staff.user.email, password: staff.password }));
    const pending = cookieOf(step1)!;
    const replay = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: (await sessionOf(pending))!.csrf, code }, pending));
    expect(location(replay)).toBe("/login/second-factor?error=invalid_totp_code");
    expect(replay.headers.get("set-cookie")).toBeNull();
    const last = (await auditOf(staff.user.id)).at(-1)!;
    expect(last).toMatchObject({ action: "login.second_factor", outcome: "failure", details: { error: "invalid_totp_code", reason: "replayed_code" } });
  });

  it("refuses a code step without the password step, with another session's CSRF token, or from another site", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    // An active session is not a half-finished sign-in.
    const noPassword = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: staff.csrf, code: codeFor(staff.totpSecret) }, staff.cookie));
    expect(location(noPassword)).toBe("/login?reason=expired");
    const step1 = await submitPassword(ctx, post("/login/password", { email: staff.user.email, password: staff.password }));
    const pending = cookieOf(step1)!;
    const forgedCsrf = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: staff.csrf, code: codeFor(staff.totpSecret) }, pending));
    expect(location(forgedCsrf)).toBe("/login/second-factor?error=csrf_token_invalid");
    const crossSite = await submitSecondFactor(
      ctx,
      post("/login/second-factor/verify", { csrf: (await sessionOf(pending))!.csrf, code: codeFor(staff.totpSecret) }, pending, { "sec-fetch-site": "cross-site", origin: "https://evil.example" }),
    );
    expect(location(crossSite)).toBe("/login/second-factor?error=origin_not_allowed");
    expect((await auditOf(staff.user.id)).slice(-2).map((e) => [e.outcome, (e.details as { error: string }).error])).toEqual([
      ["denied", "csrf_token_invalid"],
      ["denied", "origin_not_allowed"],
    ]);
    // The code was not spent by the refused requests.
    const ok = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: (await sessionOf(pending))!.csrf, code: codeFor(staff.totpSecret) }, pending));
    expect(location(ok)).toBe("/dashboard");
  });

  it("compares CSRF tokens in constant time, at sign-in and in back-office mutations", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const step1 = await submitPassword(ctx, post("/login/password", { email: staff.user.email, password: staff.password }));
    const pending = cookieOf(step1)!;
    const real = (await sessionOf(pending))!.csrf;
    const forged = `${real.slice(0, -1)}${real.endsWith("A") ? "B" : "A"}`;
    vi.mocked(timingSafeEqual).mockClear();
    const refused = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: forged, code: codeFor(staff.totpSecret) }, pending));
    expect(location(refused)).toBe("/login/second-factor?error=csrf_token_invalid");
    expect(vi.mocked(timingSafeEqual)).toHaveBeenCalledWith(Buffer.from(forged), Buffer.from(real));

    const { changeRole, changeRoleOptions } = await import("@/app/(backoffice)/dashboard/settings/staff/[id]/role/handler");
    const owner = await createTestStaff(ctx, { merchantId, role: "owner" });
    const forgedMutation = `${owner.csrf.slice(0, -1)}${owner.csrf.endsWith("A") ? "B" : "A"}`;
    vi.mocked(timingSafeEqual).mockClear();
    const mutation = await handleStaffMutation(
      ctx,
      staffFormRequest(ctx, { cookie: owner.cookie, csrf: forgedMutation }, `/dashboard/settings/staff/${staff.user.id}/role`, { role: "admin" }),
      { id: staff.user.id },
      changeRoleOptions,
      changeRole,
    );
    expect(mutation.status).toBe(303);
    expect(vi.mocked(timingSafeEqual)).toHaveBeenCalledWith(Buffer.from(forgedMutation), Buffer.from(owner.csrf));
    const [row] = await ctx.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, staff.user.id));
    expect(row!.role).toBe("viewer");
  });

  it("refuses a password post from another site (login CSRF) without signing anyone in", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    for (const headers of [{ "sec-fetch-site": "cross-site", origin: "https://evil.example" }, { "sec-fetch-site": null, origin: "https://evil.example" }]) {
      const response = await submitPassword(ctx, post("/login/password", { email: staff.user.email, password: staff.password }, null, headers));
      expect(location(response)).toBe("/login?error=origin_not_allowed");
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });
});

describe("lockout", () => {
  /** A password post from `from`, as the browser sends it. */
  const passwordFrom = (from: string, email: string, password: string) =>
    submitPassword(ctx, post("/login/password", { email, password }, null, { "x-jeton-peer-address": from }));
  /** What a client can observe of an answer: status, every header but Date, body. */
  const observable = async (response: Response) => ({
    status: response.status,
    headers: [...response.headers].filter(([name]) => name !== "date"),
    body: await response.text(),
  });

  it("locks an account for one address after five wrong passwords from it, answered like any wrong password; other addresses still sign in", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const attacker = "198.51.100.66";
    for (let i = 1; i <= 5; i += 1) {
      const response = await passwordFrom(attacker, staff.user.email, `not the password ${i}`);
      expect(location(response)).toBe("/login?error=invalid_credentials");
      expect(cookieOf(response)).toBeNull();
    }
    // From that address even the right password is refused, and the answer does not say why.
    const locked = await passwordFrom(attacker, staff.user.email, staff.password);
    expect(location(locked)).toBe("/login?error=invalid_credentials");
    expect(cookieOf(locked)).toBeNull();
    // The staff member, anywhere else, is not locked out.
    expect(location(await passwordFrom("203.0.113.99", staff.user.email, staff.password))).toBe("/login/second-factor");

    const audit = await auditOf(staff.user.id);
    expect(audit.map((e) => `${e.outcome}:${(e.details as { reason: string }).reason}`)).toEqual([
      ...Array(5).fill("failure:wrong_password"),
      "denied:locked",
      "success:undefined",
    ]);
    expect(audit[4]!.details).toMatchObject({ locked: "address" });
    expect(JSON.stringify(audit)).not.toContain("not the password");

    // After 15 minutes the right password works from that address again.
    ctx.clock.advance(LOCKOUT_MS);
    expect(location(await passwordFrom(attacker, staff.user.email, staff.password))).toBe("/login/second-factor");
  });

  it("answers a locked account and an unknown email alike, and never writes the typed email anywhere", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const from = "198.51.100.77";
    for (let i = 1; i <= 5; i += 1) await passwordFrom(from, staff.user.email, `wrong password ${i}`);
    const locked = await observable(await passwordFrom(from, staff.user.email, staff.password));
    const lockedWrong = await observable(await passwordFrom(from, staff.user.email, "yet another wrong one"));
    const auditBefore = (await ctx.db.select().from(schema.auditLog)).length;
    const typed = "nobody.typed.this@nowhere.example";
    const unknown = await observable(await passwordFrom(from, typed, "whatever password"));
    expect(unknown).toEqual(locked);
    expect(unknown).toEqual(lockedWrong);
    expect(unknown.headers).toContainEqual(["location", `${ctx.config.publicUrl}/login?error=invalid_credentials`]);
    // Not in the audit log, not in the server log: it could be anything, a password typed in the wrong field included.
    expect((await ctx.db.select().from(schema.auditLog)).length).toBe(auditBefore);
    expect(JSON.stringify(await ctx.db.select().from(schema.auditLog))).not.toContain(typed);
    expect(ctx.logs()).not.toContain(typed);
    expect(ctx.logs()).not.toContain("whatever password");
    expect(ctx.logs()).toContain("back-office sign-in for an unknown account");
  });

  it("locks the whole account only after far more failures, from many addresses", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    expect(ACCOUNT_LOCK_FAILURES).toBeGreaterThanOrEqual(10 * ADDRESS_LOCK_FAILURES);
    // As if many addresses had each tried a few wrong passwords already.
    await ctx.db.update(schema.staffUsers).set({ failedAttempts: ACCOUNT_LOCK_FAILURES - 1 }).where(eq(schema.staffUsers.id, staff.user.id));
    expect(location(await passwordFrom("198.51.100.101", staff.user.email, "one wrong password more"))).toBe("/login?error=invalid_credentials");
    const fresh = await passwordFrom("198.51.100.102", staff.user.email, staff.password);
    expect(location(fresh)).toBe("/login?error=invalid_credentials");
    expect((await auditOf(staff.user.id)).at(-1)).toMatchObject({ outcome: "denied", details: { reason: "locked" } });
    ctx.clock.advance(LOCKOUT_MS);
    expect(location(await passwordFrom("198.51.100.102", staff.user.email, staff.password))).toBe("/login/second-factor");
  });

  it("counts wrong codes too: the fifth sends the user back to /login, locked", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const step1 = await submitPassword(ctx, post("/login/password", { email: staff.user.email, password: staff.password }));
    const pending = cookieOf(step1)!;
    const csrf = (await sessionOf(pending))!.csrf;
    const wrong = codeFor(staff.totpSecret) === "000000" ? "111111" : "000000";
    const results: string[] = [];
    for (let i = 0; i < 5; i += 1) results.push(location(await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf, code: wrong }, pending))));
    expect(results).toEqual([...Array(4).fill("/login/second-factor?error=invalid_totp_code"), "/login?error=account_locked"]);
    const right = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf, code: codeFor(staff.totpSecret) }, pending));
    expect(location(right)).toBe("/login?error=account_locked");
  });
});

describe("first sign-in: TOTP enrolment and recovery codes", () => {
  it("enrols, shows the recovery codes once, activates the session; a recovery code then works exactly once", async () => {
    const email = "new.hire@shop.example";
    const password = "first day at the shop";
    const user = await createStaffUser(ctx, { merchantId, email, password, role: "admin" });
    const step1 = await submitPassword(ctx, post("/login/password", { email, password }));
    expect(location(step1)).toBe("/login/enrol");
    const enrolCookie = cookieOf(step1)!;
    const enrolSession = (await sessionOf(enrolCookie))!;
    expect(enrolSession).toMatchObject({ stage: "enroll", pendingTotpSecret: expect.stringMatching(/^[A-Z2-7]{32}$/) });
    expect(await authenticateStaff(ctx, enrolCookie.slice(12))).toBeNull();
    const secret = enrolSession.pendingTotpSecret!;

    const wrong = await confirmEnrolment(ctx, post("/login/enrol/confirm", { csrf: enrolSession.csrf, code: "12345" }, enrolCookie));
    expect(location(wrong)).toBe("/login/enrol?error=invalid_totp_code");
    const confirmed = await confirmEnrolment(ctx, post("/login/enrol/confirm", { csrf: enrolSession.csrf, code: codeFor(secret) }, enrolCookie));
    expect(location(confirmed)).toBe("/login/recovery-codes");
    const codesCookie = cookieOf(confirmed)!;
    const codesSession = (await sessionOf(codesCookie))!;
    expect(codesSession.recoveryCodes).toHaveLength(10);
    expect(codesSession.pendingTotpSecret).toBeUndefined();
    // Seeing the codes is not yet being signed in.
    expect(await authenticateStaff(ctx, codesCookie.slice(12))).toBeNull();

    const done = await acknowledgeRecoveryCodes(ctx, post("/login/recovery-codes/continue", { csrf: codesSession.csrf }, codesCookie));
    expect(location(done)).toBe("/dashboard");
    const active = cookieOf(done)!;
    expect((await sessionOf(active))!.recoveryCodes).toBeUndefined();
    expect(await authenticateStaff(ctx, active.slice(12))).toMatchObject({ userId: user.id, role: "admin" });

    // Stored keyed (an HMAC under a server key), never as a plain hash anyone could check guesses against.
    const stored = await ctx.db.select().from(schema.staffRecoveryCodes).where(eq(schema.staffRecoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    for (const code of codesSession.recoveryCodes!) {
      const plain = createHash("sha256").update(code.replace("-", "")).digest("hex");
      expect(JSON.stringify(stored)).not.toContain(plain);
    }

    const recovery = codesSession.recoveryCodes![0]!;
    const withRecovery = async () => {
      const first = await submitPassword(ctx, post("/login/password", { email, password }));
      const pending = cookieOf(first)!;
      return submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf: (await sessionOf(pending))!.csrf, code: recovery }, pending));
    };
    expect(location(await withRecovery())).toBe("/dashboard?notice=recovery_code_used");
    expect(location(await withRecovery())).toBe("/login/second-factor?error=invalid_totp_code");
    const audit = await auditOf(user.id);
    expect(audit.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      "login.password:success",
      "login.totp_enrol:failure",
      "login.totp_enrol:success",
      "login.password:success",
      "login.second_factor:success",
      "login.password:success",
      "login.second_factor:failure",
    ]);
    expect(JSON.stringify(audit)).not.toContain(recovery);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });
});

describe("sessions end", () => {
  it("on sign-out (revoked session version), on a role change, and after the idle timeout", async () => {
    const owner = await createTestStaff(ctx, { merchantId, role: "owner" });
    const viewer = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const cookie = await signIn(viewer);
    expect(await authenticateStaff(ctx, cookie.slice(12))).not.toBeNull();
    await revokeStaffSessions(ctx, viewer.user.id);
    expect(await authenticateStaff(ctx, cookie.slice(12))).toBeNull();

    const { changeRole, changeRoleOptions } = await import("@/app/(backoffice)/dashboard/settings/staff/[id]/role/handler");
    ctx.clock.advance(30_000);
    const again = await signIn(viewer);
    const changed = await handleStaffMutation(
      ctx,
      staffFormRequest(ctx, owner, `/dashboard/settings/staff/${viewer.user.id}/role`, { role: "admin" }),
      { id: viewer.user.id },
      changeRoleOptions,
      changeRole,
    );
    expect(location(changed)).toBe("/dashboard/settings/staff?notice=role_changed");
    expect(await authenticateStaff(ctx, again.slice(12))).toBeNull();

    ctx.clock.advance(30_000);
    const fresh = await signIn(viewer);
    expect(await authenticateStaff(ctx, fresh.slice(12))).toMatchObject({ role: "admin" });
    ctx.clock.advance(ctx.config.staffSession.idleMinutes * 60_000 - 1_000);
    expect(await authenticateStaff(ctx, fresh.slice(12))).not.toBeNull();
    ctx.clock.advance(2_000);
    expect(await authenticateStaff(ctx, fresh.slice(12))).toBeNull();
    // A mutation with the idle session changes nothing and goes to /login.
    const idle = await handleStaffMutation(
      ctx,
      staffFormRequest(ctx, { cookie: fresh, csrf: (await unsealStaffSession(ctx.config, fresh.slice(12), new Date(0)))?.csrf ?? "x" }, `/dashboard/settings/staff/${owner.user.id}/role`, { role: "viewer" }),
      { id: owner.user.id },
      changeRoleOptions,
      changeRole,
    );
    expect(location(idle)).toBe("/login?reason=session");
    const [ownerRow] = await ctx.db.select().from(schema.staffUsers).where(and(eq(schema.staffUsers.id, owner.user.id)));
    expect(ownerRow!.role).toBe("owner");
  });
});

describe("per-address limit", () => {
  it("stops password attempts from one address after the limit, whichever accounts they aim at, and leaves other addresses alone", async () => {
    const limited = await createTestContext({ JETON_LOGIN_LIMIT_PER_IP: "3" });
    try {
      const { merchantId: shop } = await createMerchant({ db: limited.db }, { name: "Sprayed shop" });
      const victim = await createTestStaff(limited, { merchantId: shop, role: "admin" });
      const attempt = (email: string, password: string, from: string) =>
        submitPassword(limited, staffFormRequest(limited, null, "/login/password", { email, password }, { "x-jeton-peer-address": from }));
      for (const email of ["a@spray.test", "b@spray.test", "c@spray.test"]) {
        expect(location(await attempt(email, "wrong password 123", "198.51.100.1"))).toBe("/login?error=invalid_credentials");
      }
      // The fourth try from that address is refused before any password is checked, even the right one.
      const refused = await attempt(victim.user.email, victim.password, "198.51.100.1");
      expect(location(refused)).toBe("/login?error=rate_limited");
      expect(refused.headers.get("set-cookie")).toBeNull();
      const [row] = await limited.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, victim.user.id));
      expect(row!.failedAttempts).toBe(0);
      // Another address is not affected.
      expect(location(await attempt(victim.user.email, victim.password, "198.51.100.2"))).toBe("/login/second-factor");
    } finally {
      await limited.handle.close();
    }
  });
});

describe("malformed sign-in forms", () => {
  it("go back naming the field (schema.ts), sign no one in, and count no attempt", async () => {
    const staff = await createTestStaff(ctx, { merchantId, role: "viewer" });
    const missing = await submitPassword(ctx, post("/login/password", { email: staff.user.email }));
    expect(location(missing)).toBe("/login?error=parameter_invalid&param=password");
    expect(cookieOf(missing)).toBeNull();
    const huge = await submitPassword(ctx, post("/login/password", { email: "a".repeat(300), password: "x" }));
    expect(location(huge)).toBe("/login?error=parameter_invalid&param=email");

    const step1 = await submitPassword(ctx, post("/login/password", { email: staff.user.email, password: staff.password }));
    const pending = cookieOf(step1)!;
    const csrf = (await sessionOf(pending))!.csrf;
    const blank = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf, code: "  " }, pending));
    expect(location(blank)).toBe("/login/second-factor?error=parameter_invalid&param=code");
    // The right code still works after it: the blank one was not a guess.
    const step2 = await submitSecondFactor(ctx, post("/login/second-factor/verify", { csrf, code: codeFor(staff.totpSecret) }, pending));
    expect(location(step2)).toBe("/dashboard");
  });
});
