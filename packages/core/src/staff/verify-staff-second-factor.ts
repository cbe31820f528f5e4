import { type Database, schema } from "@jeton/db";
import { and, count, eq, inArray, isNull, lt, or } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";
import { claimAddressAttempt, claimSignInAttempt, recordSignInFailure, recordSignInSuccess, signInSubject } from "./staff-sign-in-attempts";
import { toStaffSignInUser, type StaffSignInFailure, type StaffSignInUser } from "./staff-sign-in-user";
import { keyRecoveryCodeHash, legacyRecoveryCodeHash, matchTotpCounter } from "./staff-totp";

export type StaffSecondFactorCheck =
  | {
      ok: true;
      user: StaffSignInUser;
      method: "totp" | "recovery_code";
      /** After a recovery code: how many unused ones remain (the page warns when few do). */
      recoveryCodesLeft?: number;
    }
  | StaffSignInFailure;

/**
 * Sign-in, step 2 (after the password): a 6-digit TOTP code, accepted one
 * time step either side of now and never twice (the last accepted step is
 * stored and only later ones pass, by a conditional update), or one of the
 * recovery codes, each usable once. Wrong codes count toward the same
 * lockouts as wrong passwords (for the client address `ip`, and account-wide).
 */
export async function verifyStaffSecondFactor(
  { db, clock, vault }: { db: Database; clock: Clock; vault: Vault },
  input: { userId: string; code: string; ip: string },
): Promise<StaffSecondFactorCheck> {
  const { staffUsers: u, staffRecoveryCodes: rc } = schema;
  const [row] = await db.select().from(u).where(eq(u.id, input.userId));
  if (!row || row.disabledAt) return { ok: false, code: "invalid_credentials", reason: row ? "disabled" : "unknown_email", user: row ? toStaffSignInUser(row) : null };
  const user = toStaffSignInUser(row);
  if (!row.totpSecretSealed || !row.totpEnabledAt) return { ok: false, code: "invalid_totp_code", reason: "not_enrolled", user };
  const now = clock.now();
  const claims = { userId: row.id, subject: signInSubject(vault, row.email), ip: input.ip };
  const address = await claimAddressAttempt(db, claims.subject, claims.ip, now);
  const attempt = address === null ? null : await claimSignInAttempt(db, row.id, now);
  if (address === null || attempt === null) {
    const [current] = await db.select({ lockedUntil: u.lockedUntil }).from(u).where(eq(u.id, row.id));
    return { ok: false, code: "account_locked", reason: "locked", user, lockedUntil: current?.lockedUntil ?? null };
  }

  const code = input.code.replace(/\s/g, "").slice(0, 64);
  let failure: "wrong_code" | "replayed_code" = "wrong_code";
  if (/^\d{6}$/.test(code)) {
    const counter = matchTotpCounter(vault.open(row.totpSecretSealed, "secret"), code, now);
    if (counter !== null) {
      const [accepted] = await db
        .update(u)
        .set({ totpLastCounter: counter })
        .where(and(eq(u.id, row.id), or(isNull(u.totpLastCounter), lt(u.totpLastCounter, counter))))
        .returning({ id: u.id });
      if (accepted) {
        await recordSignInSuccess(db, claims, now);
        return { ok: true, user, method: "totp" };
      }
      failure = "replayed_code";
    }
  } else {
    const legacy = legacyRecoveryCodeHash(code);
    if (legacy) {
      // The keyed hash; the plain one too, for a code not yet upgraded (upgradeRecoveryCodeHashes).
      const [used] = await db
        .update(rc)
        .set({ usedAt: now })
        .where(and(eq(rc.userId, row.id), inArray(rc.codeHash, [keyRecoveryCodeHash(vault, legacy), legacy]), isNull(rc.usedAt)))
        .returning({ id: rc.id });
      if (used) {
        await recordSignInSuccess(db, claims, now);
        const [left] = await db.select({ n: count() }).from(rc).where(and(eq(rc.userId, row.id), isNull(rc.usedAt)));
        return { ok: true, user, method: "recovery_code", recoveryCodesLeft: left?.n ?? 0 };
      }
    }
  }
  if (await recordSignInFailure(db, { ...claims, account: attempt, address }, now)) {
    return { ok: false, code: "account_locked", reason: "wrong_code", user, lockedUntil: null };
  }
  return { ok: false, code: "invalid_totp_code", reason: failure, user };
}
