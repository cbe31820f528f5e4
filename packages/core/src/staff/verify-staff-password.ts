import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { spendStaffPasswordCheck, verifyStaffPasswordHash } from "./hash-staff-password";
import { claimSignInAttempt, LOCKOUT_MS, recordSignInFailure, releaseSignInAttempt } from "./staff-sign-in-attempts";
import { toStaffSignInUser, type StaffSignInFailure, type StaffSignInUser } from "./staff-sign-in-user";

export type StaffPasswordCheck =
  | {
      ok: true;
      user: StaffSignInUser;
      /** `second_factor`: ask for a TOTP or recovery code; `enrol`: first sign-in, set up TOTP. */
      next: "second_factor" | "enrol";
    }
  | StaffSignInFailure;

/**
 * Sign-in, step 1: email and password. Every path costs one scrypt
 * evaluation (an unknown email, a disabled or locked account included), so
 * timing does not reveal which emails have accounts; the answer never says
 * whether the email or the password was wrong. Five consecutive failures
 * (wrong passwords and wrong codes together) lock the account for 15
 * minutes, during which even the right password is refused.
 */
export async function verifyStaffPassword(
  { db, clock }: { db: Database; clock: Clock },
  input: { email: string; password: string },
): Promise<StaffPasswordCheck> {
  const email = input.email.trim().toLowerCase().slice(0, 254);
  const [row] = email ? await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, email)) : [];
  if (!row || row.disabledAt) {
    await spendStaffPasswordCheck(input.password);
    return { ok: false, code: "invalid_credentials", reason: row ? "disabled" : "unknown_email", user: row ? toStaffSignInUser(row) : null };
  }
  const user = toStaffSignInUser(row);
  const now = clock.now();
  const attempt = await claimSignInAttempt(db, row.id, now);
  if (attempt === null) {
    await spendStaffPasswordCheck(input.password);
    const [current] = await db.select({ lockedUntil: schema.staffUsers.lockedUntil }).from(schema.staffUsers).where(eq(schema.staffUsers.id, row.id));
    return { ok: false, code: "account_locked", reason: "locked", user, lockedUntil: current?.lockedUntil ?? null };
  }
  if (!(await verifyStaffPasswordHash(input.password, row.passwordHash))) {
    const locked = await recordSignInFailure(db, row.id, attempt, now);
    if (locked) return { ok: false, code: "account_locked", reason: "wrong_password", user, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) };
    return { ok: false, code: "invalid_credentials", reason: "wrong_password", user };
  }
  await releaseSignInAttempt(db, row.id);
  return { ok: true, user, next: user.totpEnabled ? "second_factor" : "enrol" };
}
