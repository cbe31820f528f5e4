import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import * as OTPAuth from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { createMerchant } from "../merchants/create-merchant";
import type { TestPlatform } from "../testing/create-test-platform";
import { createVault } from "../vault/create-vault";
import { changeStaffRole } from "./change-staff-role";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { createStaffUser } from "./create-staff-user";
import { disableStaffUser } from "./disable-staff-user";
import { listStaffUsers } from "./list-staff-users";
import { LOCKOUT_MS } from "./staff-sign-in-attempts";
import { startTotpEnrolment } from "./start-totp-enrolment";
import { unlockStaffUser } from "./unlock-staff-user";
import { verifyStaffPassword } from "./verify-staff-password";
import { verifyStaffSecondFactor } from "./verify-staff-second-factor";

let handle: DatabaseHandle;
// Mid-step, so that "the next step" is 30 s away and "the previous" 30 s back.
const clock = fixedClock(new Date(Math.floor(Date.parse("2030-01-01T10:00:00Z") / 30_000) * 30_000 + 5_000));
const vault = createVault({ keks: { k1: randomBytes(32) }, activeKekId: "k1", fingerprintKey: randomBytes(32) });
const deps = () => ({ db: handle.db, clock, vault });
let merchantId: string;
let otherMerchantId: string;
const password = "correct horse battery staple";
const code = (secret: string, offsetMs = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: clock.now().getTime() + offsetMs });
let n = 0;
const newUser = async (overrides: Partial<Parameters<typeof createStaffUser>[1]> = {}) => {
  n += 1;
  const totpSecret = startTotpEnrolment({ email: "x@y.z" }).secret;
  const user = await createStaffUser(deps(), { merchantId, email: `user${n}@shop.example`, password, role: "admin", totpSecret, ...overrides });
  return { ...user, totpSecret: overrides.totpSecret === undefined && "totpSecret" in overrides ? undefined : (overrides.totpSecret ?? totpSecret) };
};
const row = async (id: string) => (await handle.db.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, id)))[0]!;

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId }, { merchantId: otherMerchantId }] = merchants;
});
afterAll(async () => {
  await handle?.close();
});

describe("createStaffUser", () => {
  it("stores a lower-cased email, an scrypt hash and a sealed TOTP secret, and refuses the same email twice", async () => {
    const secret = startTotpEnrolment({ email: "x@y.z" }).secret;
    const user = await createStaffUser(deps(), { merchantId, email: "  Ann.Owner@Shop.Example ", password, role: "owner", totpSecret: secret.toLowerCase() });
    expect(user).toMatchObject({ email: "ann.owner@shop.example", role: "owner", totpEnabled: true, merchantId });
    const stored = await row(user.id);
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(stored)).not.toContain(password);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(vault.open(stored.totpSecretSealed!, "secret")).toBe(secret);
    expect(stored.totpKekId).toBe("k1");

    await expect(createStaffUser(deps(), { merchantId: otherMerchantId, email: "ANN.owner@shop.example", password, role: "viewer" })).rejects.toMatchObject({
      code: "email_taken",
    });
    await expect(createStaffUser(deps(), { merchantId, email: "not-an-email", password, role: "viewer" })).rejects.toMatchObject({ param: "email" });
    await expect(createStaffUser(deps(), { merchantId, email: "b@shop.example", password: "elevenchars", role: "viewer" })).rejects.toMatchObject({ param: "password" });
    await expect(createStaffUser(deps(), { merchantId, email: "b@shop.example", password, role: "root" as never })).rejects.toMatchObject({ param: "role" });
    await expect(createStaffUser(deps(), { merchantId: "mer_missing", email: "b@shop.example", password, role: "viewer" })).rejects.toMatchObject({ code: "resource_not_found" });
    const plain = await createStaffUser(deps(), { merchantId, email: "b@shop.example", password, role: "viewer" });
    expect(plain.totpEnabled).toBe(false);
  });

  it("lets two concurrent creations with one email end in one account and one email_taken", async () => {
    const results = await Promise.allSettled([0, 1].map(() => createStaffUser(deps(), { merchantId, email: "race@shop.example", password, role: "viewer" })));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "email_taken" });
  });
});

describe("verifyStaffPassword", () => {
  it("says which step comes next, and neither which part was wrong nor whether the email exists", async () => {
    const enrolled = await newUser();
    const fresh = await newUser({ totpSecret: undefined });
    expect(await verifyStaffPassword(deps(), { email: enrolled.email.toUpperCase(), password })).toMatchObject({ ok: true, next: "second_factor", user: { id: enrolled.id } });
    expect(await verifyStaffPassword(deps(), { email: fresh.email, password })).toMatchObject({ ok: true, next: "enrol" });
    const wrong = await verifyStaffPassword(deps(), { email: enrolled.email, password: "wrong password here" });
    const unknown = await verifyStaffPassword(deps(), { email: "nobody@shop.example", password });
    expect(wrong).toMatchObject({ ok: false, code: "invalid_credentials", reason: "wrong_password" });
    expect(unknown).toEqual({ ok: false, code: "invalid_credentials", reason: "unknown_email", user: null });
  });

  it("locks after five consecutive failures for 15 minutes, refusing even the right password, then starts counting afresh", async () => {
    const user = await newUser();
    for (let i = 1; i <= 4; i += 1) {
      expect(await verifyStaffPassword(deps(), { email: user.email, password: `wrong password ${i}` })).toMatchObject({ code: "invalid_credentials" });
    }
    expect(await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 5" })).toMatchObject({ code: "account_locked", reason: "wrong_password" });
    expect((await row(user.id)).lockedUntil).toEqual(new Date(clock.now().getTime() + LOCKOUT_MS));
    expect(await verifyStaffPassword(deps(), { email: user.email, password })).toMatchObject({ ok: false, code: "account_locked", reason: "locked" });
    clock.advance(LOCKOUT_MS - 1_000);
    expect(await verifyStaffPassword(deps(), { email: user.email, password })).toMatchObject({ code: "account_locked" });
    clock.advance(1_000);
    // The lock has passed: one more failure does not lock again at once.
    expect(await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 6" })).toMatchObject({ code: "invalid_credentials" });
    expect(await verifyStaffPassword(deps(), { email: user.email, password })).toMatchObject({ ok: true });
    expect((await row(user.id)).failedAttempts).toBe(1);
  });

  it("cannot be raced: twenty parallel wrong guesses make five attempts, then the account is locked", async () => {
    const user = await newUser();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyStaffPassword(deps(), { email: user.email, password: `parallel guess ${i}` })));
    expect(results.filter((r) => !r.ok && r.code === "invalid_credentials")).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.code === "account_locked")).toHaveLength(16);
    const stored = await row(user.id);
    expect(stored.failedAttempts).toBe(5);
    expect(stored.lockedUntil!.getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it("refuses a disabled account like a wrong password", async () => {
    const user = await newUser();
    const owner = await newUser({ role: "owner" });
    expect(owner.role).toBe("owner");
    await disableStaffUser(deps(), { merchantId, userId: user.id });
    expect(await verifyStaffPassword(deps(), { email: user.email, password })).toMatchObject({ ok: false, code: "invalid_credentials", reason: "disabled" });
  });
});

describe("verifyStaffSecondFactor", () => {
  it("accepts a current code once (a replay is refused), and a neighbouring step's code but not an older one", async () => {
    const user = await newUser();
    const now = code(user.totpSecret!);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: now })).toMatchObject({ ok: true, method: "totp" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: now })).toMatchObject({ ok: false, code: "invalid_totp_code", reason: "replayed_code" });
    // The previous step is older than the one just used: refused too.
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!, -30_000) })).toMatchObject({ reason: "replayed_code" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!, 30_000) })).toMatchObject({ ok: true });
    expect((await row(user.id)).lastLoginAt).toEqual(clock.now());
  });

  it("counts wrong codes toward the lockout together with wrong passwords; a success resets the count", async () => {
    const user = await newUser();
    await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 1" });
    await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 2" });
    expect(await verifyStaffPassword(deps(), { email: user.email, password })).toMatchObject({ ok: true });
    expect((await row(user.id)).failedAttempts).toBe(2);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: "000000" === code(user.totpSecret!) ? "111111" : "000000" })).toMatchObject({ code: "invalid_totp_code" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: "zzzzz-zzzzz" })).toMatchObject({ code: "invalid_totp_code" });
    expect((await row(user.id)).failedAttempts).toBe(4);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!) })).toMatchObject({ ok: true });
    expect((await row(user.id)).failedAttempts).toBe(0);
    for (let i = 0; i < 4; i += 1) await verifyStaffSecondFactor(deps(), { userId: user.id, code: "not a code" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: "not a code" })).toMatchObject({ code: "account_locked", reason: "wrong_code" });
    // Locked: even a right code is refused, and it is not burnt.
    clock.advance(30_000);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!) })).toMatchObject({ code: "account_locked", reason: "locked" });
    await unlockStaffUser(deps(), { merchantId, userId: user.id });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!) })).toMatchObject({ ok: true });
  });
});

describe("TOTP enrolment and recovery codes", () => {
  it("enrols with a confirming code, hands out ten single-use recovery codes, and refuses a second enrolment", async () => {
    const user = await newUser({ totpSecret: undefined });
    const { secret } = startTotpEnrolment({ email: user.email });
    expect(await confirmTotpEnrolment(deps(), { userId: user.id, secret, code: "123" })).toMatchObject({ ok: false, code: "invalid_totp_code" });
    expect((await row(user.id)).totpEnabledAt).toBeNull();
    const confirming = code(secret);
    const confirmed = await confirmTotpEnrolment(deps(), { userId: user.id, secret, code: confirming });
    if (!confirmed.ok) throw new Error(confirmed.code);
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.recoveryCodes).size).toBe(10);
    const stored = await row(user.id);
    expect(stored.totpEnabledAt).toEqual(clock.now());
    expect(vault.open(stored.totpSecretSealed!, "secret")).toBe(secret);
    const hashes = await handle.db.select().from(schema.staffRecoveryCodes).where(eq(schema.staffRecoveryCodes.userId, user.id));
    expect(hashes).toHaveLength(10);
    expect(JSON.stringify(hashes)).not.toContain(confirmed.recoveryCodes[0]!.slice(0, 5));

    // The confirming code cannot sign in a second time.
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: confirming })).toMatchObject({ reason: "replayed_code" });
    const recovery = confirmed.recoveryCodes[3]!;
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: recovery.toUpperCase() })).toMatchObject({ ok: true, method: "recovery_code", recoveryCodesLeft: 9 });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: recovery })).toMatchObject({ ok: false, code: "invalid_totp_code" });
    await expect(confirmTotpEnrolment(deps(), { userId: user.id, secret, code: code(secret, 30_000) })).rejects.toMatchObject({ code: "invalid_state_transition" });
  });

  it("does not accept another user's recovery code", async () => {
    const a = await newUser({ totpSecret: undefined });
    const b = await newUser();
    const { secret } = startTotpEnrolment({ email: a.email });
    const confirmed = await confirmTotpEnrolment(deps(), { userId: a.id, secret, code: code(secret) });
    if (!confirmed.ok) throw new Error(confirmed.code);
    expect(await verifyStaffSecondFactor(deps(), { userId: b.id, code: confirmed.recoveryCodes[0]! })).toMatchObject({ ok: false, code: "invalid_totp_code" });
  });
});

describe("roles, disabling and the last owner", () => {
  it("changes a role and ends the user's sessions; another merchant's user is not found", async () => {
    const user = await newUser({ role: "viewer" });
    const before = (await row(user.id)).sessionVersion;
    const changed = await changeStaffRole(deps(), { merchantId, userId: user.id, role: "admin" });
    expect(changed).toMatchObject({ changed: true, previousRole: "viewer", user: { role: "admin" } });
    expect((await row(user.id)).sessionVersion).toBe(before + 1);
    expect(await changeStaffRole(deps(), { merchantId, userId: user.id, role: "admin" })).toMatchObject({ changed: false });
    expect((await row(user.id)).sessionVersion).toBe(before + 1);
    await expect(changeStaffRole(deps(), { merchantId: otherMerchantId, userId: user.id, role: "owner" })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(changeStaffRole(deps(), { merchantId, userId: "usr_doesnotexist0000000", role: "owner" })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(changeStaffRole(deps(), { merchantId, userId: user.id, role: "superuser" as never })).rejects.toMatchObject({ param: "role" });
    expect((await row(user.id)).role).toBe("admin");
  });

  it("never leaves a merchant without an active owner, even when two owners demote each other at once", async () => {
    const { merchantId: lonely } = await createMerchant({ db: handle.db }, { name: "Owners" });
    const a = await createStaffUser(deps(), { merchantId: lonely, email: "a@owners.example", password, role: "owner" });
    await expect(changeStaffRole(deps(), { merchantId: lonely, userId: a.id, role: "admin" })).rejects.toMatchObject({ code: "last_owner_required" });
    await expect(disableStaffUser(deps(), { merchantId: lonely, userId: a.id })).rejects.toMatchObject({ code: "last_owner_required" });
    const b = await createStaffUser(deps(), { merchantId: lonely, email: "b@owners.example", password, role: "owner" });
    const results = await Promise.allSettled([
      changeStaffRole(deps(), { merchantId: lonely, userId: a.id, role: "admin" }),
      changeStaffRole(deps(), { merchantId: lonely, userId: b.id, role: "viewer" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "last_owner_required" });
    const owners = (await listStaffUsers(deps(), { merchantId: lonely })).filter((u) => u.role === "owner" && !u.disabledAt);
    expect(owners).toHaveLength(1);
    // A disabled owner does not count as the other owner.
    const c = await createStaffUser(deps(), { merchantId: lonely, email: "c@owners.example", password, role: "owner" });
    await disableStaffUser(deps(), { merchantId: lonely, userId: c.id });
    await expect(disableStaffUser(deps(), { merchantId: lonely, userId: owners[0]!.id })).rejects.toMatchObject({ code: "last_owner_required" });
  });

  it("disables once (sessions end), lists staff with their state, and unlocks only its own merchant's users", async () => {
    const user = await newUser({ role: "viewer" });
    const before = (await row(user.id)).sessionVersion;
    expect(await disableStaffUser(deps(), { merchantId, userId: user.id })).toMatchObject({ changed: true, user: { disabledAt: clock.now() } });
    expect(await disableStaffUser(deps(), { merchantId, userId: user.id })).toMatchObject({ changed: false });
    expect((await row(user.id)).sessionVersion).toBe(before + 1);
    await expect(disableStaffUser(deps(), { merchantId: otherMerchantId, userId: (await newUser()).id })).rejects.toMatchObject({ code: "resource_not_found" });

    const locked = await newUser();
    for (let i = 0; i < 5; i += 1) await verifyStaffPassword(deps(), { email: locked.email, password: `wrong password ${i}` });
    const listed = await listStaffUsers(deps(), { merchantId });
    expect(listed.find((u) => u.id === locked.id)).toMatchObject({ lockedUntil: expect.any(Date), failedAttempts: 5 });
    expect(listed.find((u) => u.id === user.id)).toMatchObject({ disabledAt: expect.any(Date) });
    expect(listed.every((u) => u.merchantId === merchantId)).toBe(true);
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|passwordHash|totpSecret/);
    await expect(unlockStaffUser(deps(), { merchantId: otherMerchantId, userId: locked.id })).rejects.toMatchObject({ code: "resource_not_found" });
    expect(await unlockStaffUser(deps(), { merchantId, userId: locked.id })).toMatchObject({ lockedUntil: null, failedAttempts: 0 });
    expect(await verifyStaffPassword(deps(), { email: locked.email, password })).toMatchObject({ ok: true });
  });
});
