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
import { ACCOUNT_LOCK_FAILURES, LOCKOUT_MS, signInSubject } from "./staff-sign-in-attempts";
import { startTotpEnrolment } from "./start-totp-enrolment";
import { legacyRecoveryCodeHash } from "./staff-totp";
import { unlockStaffUser } from "./unlock-staff-user";
import { upgradeRecoveryCodeHashes } from "./upgrade-recovery-code-hashes";
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
/** The client address of the sign-ins, unless a test says otherwise. */
const IP = "203.0.113.5";
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
    expect(await verifyStaffPassword(deps(), { email: enrolled.email.toUpperCase(), password, ip: IP })).toMatchObject({ ok: true, next: "second_factor", user: { id: enrolled.id } });
    expect(await verifyStaffPassword(deps(), { email: fresh.email, password, ip: IP })).toMatchObject({ ok: true, next: "enrol" });
    const wrong = await verifyStaffPassword(deps(), { email: enrolled.email, password: "wrong password here", ip: IP });
    const unknown = await verifyStaffPassword(deps(), { email: "nobody@shop.example", password, ip: IP });
    expect(wrong).toMatchObject({ ok: false, code: "invalid_credentials", reason: "wrong_password" });
    expect(unknown).toEqual({ ok: false, code: "invalid_credentials", reason: "unknown_email", user: null });
  });

  it("locks the account for one address after five failures in a row from it, for 15 minutes, answered like a wrong password", async () => {
    const user = await newUser();
    for (let i = 1; i <= 4; i += 1) {
      expect(await verifyStaffPassword(deps(), { email: user.email, password: `wrong password ${i}`, ip: IP })).toMatchObject({ code: "invalid_credentials", locked: null });
    }
    expect(await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 5", ip: IP })).toMatchObject({
      code: "invalid_credentials",
      reason: "wrong_password",
      locked: "address",
    });
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: IP })).toEqual({ ok: false, code: "invalid_credentials", reason: "locked", user: expect.any(Object) });
    // Not locked for the staff member elsewhere, nor account-wide.
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: "198.51.100.9" })).toMatchObject({ ok: true });
    expect((await row(user.id)).lockedUntil).toBeNull();
    clock.advance(LOCKOUT_MS - 1_000);
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: IP })).toMatchObject({ reason: "locked" });
    clock.advance(1_000);
    // The lock has passed: one more failure does not lock again at once.
    expect(await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 6", ip: IP })).toMatchObject({ locked: null });
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: IP })).toMatchObject({ ok: true });
  });

  it("locks the whole account only after fifty failures in a row from all addresses", async () => {
    const user = await newUser();
    await handle.db.update(schema.staffUsers).set({ failedAttempts: ACCOUNT_LOCK_FAILURES - 1 }).where(eq(schema.staffUsers.id, user.id));
    expect(await verifyStaffPassword(deps(), { email: user.email, password: "wrong once more", ip: "198.51.100.20" })).toMatchObject({ locked: "account" });
    expect((await row(user.id)).lockedUntil).toEqual(new Date(clock.now().getTime() + LOCKOUT_MS));
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: "198.51.100.21" })).toMatchObject({ ok: false, reason: "locked" });
    clock.advance(LOCKOUT_MS);
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: "198.51.100.21" })).toMatchObject({ ok: true });
  });

  it("cannot be raced: twenty parallel wrong guesses from one address make five attempts, then it is locked", async () => {
    const user = await newUser();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => verifyStaffPassword(deps(), { email: user.email, password: `parallel guess ${i}`, ip: IP })));
    expect(results.every((r) => !r.ok && r.code === "invalid_credentials")).toBe(true);
    expect(results.filter((r) => !r.ok && r.reason === "wrong_password")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(15);
    const [pair] = await handle.db.select().from(schema.staffSignInFailures).where(eq(schema.staffSignInFailures.subject, signInSubject(vault, user.email)));
    expect(pair).toMatchObject({ ip: IP, failedAttempts: 5 });
    expect(pair!.lockedUntil!.getTime()).toBeGreaterThan(clock.now().getTime());
    expect(JSON.stringify(pair)).not.toContain(user.email);
  });

  it("refuses a disabled account like a wrong password", async () => {
    const user = await newUser();
    const owner = await newUser({ role: "owner" });
    expect(owner.role).toBe("owner");
    await disableStaffUser(deps(), { merchantId, userId: user.id });
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: IP })).toMatchObject({ ok: false, code: "invalid_credentials", reason: "disabled" });
  });
});

describe("verifyStaffSecondFactor", () => {
  it("accepts a current code once (a replay is refused), and a neighbouring step's code but not an older one", async () => {
    const user = await newUser();
    const now = code(user.totpSecret!);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: now, ip: IP })).toMatchObject({ ok: true, method: "totp" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: now, ip: IP })).toMatchObject({ ok: false, code: "invalid_totp_code", reason: "replayed_code" });
    // The previous step is older than the one just used: refused too.
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!, -30_000), ip: IP })).toMatchObject({ reason: "replayed_code" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!, 30_000), ip: IP })).toMatchObject({ ok: true });
    expect((await row(user.id)).lastLoginAt).toEqual(clock.now());
  });

  it("counts wrong codes toward the lockout together with wrong passwords; a success resets the count", async () => {
    const user = await newUser();
    await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 1", ip: IP });
    await verifyStaffPassword(deps(), { email: user.email, password: "wrong password 2", ip: IP });
    expect(await verifyStaffPassword(deps(), { email: user.email, password, ip: IP })).toMatchObject({ ok: true });
    expect((await row(user.id)).failedAttempts).toBe(2);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: "000000" === code(user.totpSecret!) ? "111111" : "000000", ip: IP })).toMatchObject({ code: "invalid_totp_code" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: "zzzzz-zzzzz", ip: IP })).toMatchObject({ code: "invalid_totp_code" });
    expect((await row(user.id)).failedAttempts).toBe(4);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!), ip: IP })).toMatchObject({ ok: true });
    expect((await row(user.id)).failedAttempts).toBe(0);
    for (let i = 0; i < 4; i += 1) await verifyStaffSecondFactor(deps(), { userId: user.id, code: "not a code", ip: IP });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: "not a code", ip: IP })).toMatchObject({ code: "account_locked", reason: "wrong_code" });
    // Locked: even a right code is refused, and it is not burnt.
    clock.advance(30_000);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!), ip: IP })).toMatchObject({ code: "account_locked", reason: "locked" });
    await unlockStaffUser(deps(), { merchantId, userId: user.id });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: code(user.totpSecret!), ip: IP })).toMatchObject({ ok: true });
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
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: confirming, ip: IP })).toMatchObject({ reason: "replayed_code" });
    const recovery = confirmed.recoveryCodes[3]!;
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: recovery.toUpperCase(), ip: IP })).toMatchObject({ ok: true, method: "recovery_code", recoveryCodesLeft: 9 });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: recovery, ip: IP })).toMatchObject({ ok: false, code: "invalid_totp_code" });
    await expect(confirmTotpEnrolment(deps(), { userId: user.id, secret, code: code(secret, 30_000) })).rejects.toMatchObject({ code: "invalid_state_transition" });
  });

  it("upgrades recovery codes stored as plain SHA-256 to keyed hashes in place: the written-down codes keep working", async () => {
    const user = await newUser();
    const codes = ["abcde-fghjk", "mnpqr-stuvw"];
    await handle.db.insert(schema.staffRecoveryCodes).values(
      codes.map((c, i) => ({ id: `rcv_legacy${i}${user.id.slice(-8)}`, userId: user.id, codeHash: legacyRecoveryCodeHash(c)!, createdAt: clock.now() })),
    );
    // Before the upgrade, a legacy code is still accepted.
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: codes[0]!, ip: IP })).toMatchObject({ ok: true, method: "recovery_code" });
    expect(await upgradeRecoveryCodeHashes(deps())).toBeGreaterThanOrEqual(2);
    const stored = await handle.db.select().from(schema.staffRecoveryCodes).where(eq(schema.staffRecoveryCodes.userId, user.id));
    expect(stored.map((r) => r.codeHash).every((h) => h.startsWith("h1:"))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(legacyRecoveryCodeHash(codes[1]!)!);
    expect(await upgradeRecoveryCodeHashes(deps())).toBe(0);
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: codes[1]!, ip: IP })).toMatchObject({ ok: true, method: "recovery_code" });
    expect(await verifyStaffSecondFactor(deps(), { userId: user.id, code: codes[0]!, ip: IP })).toMatchObject({ ok: false });
  });

  it("does not accept another user's recovery code", async () => {
    const a = await newUser({ totpSecret: undefined });
    const b = await newUser();
    const { secret } = startTotpEnrolment({ email: a.email });
    const confirmed = await confirmTotpEnrolment(deps(), { userId: a.id, secret, code: code(secret) });
    if (!confirmed.ok) throw new Error(confirmed.code);
    expect(await verifyStaffSecondFactor(deps(), { userId: b.id, code: confirmed.recoveryCodes[0]!, ip: IP })).toMatchObject({ ok: false, code: "invalid_totp_code" });
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
    for (let i = 0; i < 5; i += 1) await verifyStaffPassword(deps(), { email: locked.email, password: `wrong password ${i}`, ip: IP });
    const listed = await listStaffUsers(deps(), { merchantId });
    expect(listed.find((u) => u.id === locked.id)).toMatchObject({ lockedUntil: null, failedAttempts: 5 });
    expect(await verifyStaffPassword(deps(), { email: locked.email, password, ip: IP })).toMatchObject({ reason: "locked" });
    expect(listed.find((u) => u.id === user.id)).toMatchObject({ disabledAt: expect.any(Date) });
    expect(listed.every((u) => u.merchantId === merchantId)).toBe(true);
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|passwordHash|totpSecret/);
    await expect(unlockStaffUser(deps(), { merchantId: otherMerchantId, userId: locked.id })).rejects.toMatchObject({ code: "resource_not_found" });
    expect(await unlockStaffUser(deps(), { merchantId, userId: locked.id })).toMatchObject({ lockedUntil: null, failedAttempts: 0 });
    expect(await verifyStaffPassword(deps(), { email: locked.email, password, ip: IP })).toMatchObject({ ok: true });
  });
});
