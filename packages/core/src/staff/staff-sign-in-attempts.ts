import { type Database, schema } from "@jeton/db";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";

/** Consecutive wrong passwords or codes before the account is locked. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;

const u = schema.staffUsers;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * The lockout is counted in the database, with conditional updates only: an
 * attempt is claimed (the counter goes up) before the password or code is
 * checked, and only while fewer than five are counted, so parallel guesses
 * cannot slip past the limit between a read and a write. A right answer gives
 * its claim back; a wrong one keeps it, and the fifth locks the account.
 *
 * Returns the attempt's number, or null when the account is locked.
 */
export async function claimSignInAttempt(db: Database, userId: string, now: Date): Promise<number | null> {
  const lockExpired = sql`(${u.lockedUntil} is not null and ${u.lockedUntil} <= ${at(now)})`;
  const [row] = await db
    .update(u)
    .set({
      failedAttempts: sql`case when ${lockExpired} then 1 else ${u.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${lockExpired} then null else ${u.lockedUntil} end`,
    })
    .where(and(eq(u.id, userId), or(and(isNull(u.lockedUntil), lt(u.failedAttempts, MAX_FAILED_SIGN_INS)), lockExpired)))
    .returning({ failedAttempts: u.failedAttempts });
  return row ? row.failedAttempts : null;
}

/** A wrong password or code: its claim stays counted; the fifth in a row locks the account. Returns whether it is now locked. */
export async function recordSignInFailure(db: Database, userId: string, attempt: number, now: Date): Promise<boolean> {
  if (attempt < MAX_FAILED_SIGN_INS) return false;
  await db
    .update(u)
    .set({ lockedUntil: new Date(now.getTime() + LOCKOUT_MS) })
    .where(eq(u.id, userId));
  return true;
}

/** A right password with a second factor still owed: the claim is given back, earlier failures stay counted. */
export async function releaseSignInAttempt(db: Database, userId: string): Promise<void> {
  await db
    .update(u)
    .set({ failedAttempts: sql`greatest(${u.failedAttempts} - 1, 0)` })
    .where(eq(u.id, userId));
}

/** A completed sign-in: the count starts again from zero. */
export async function recordSignInSuccess(db: Database, userId: string, now: Date): Promise<void> {
  await db.update(u).set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now }).where(eq(u.id, userId));
}
