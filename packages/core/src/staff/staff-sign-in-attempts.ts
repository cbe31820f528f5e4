import { createHmac } from "node:crypto";
import { type Database, schema } from "@jeton/db";
import { and, eq, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";

/** Failures in a row from one address that lock the account for that address only. */
export const ADDRESS_LOCK_FAILURES = 5;
/** Failures in a row from all addresses together that lock the whole account: ten addresses' worth, so locking someone out costs an attacker many addresses. */
export const ACCOUNT_LOCK_FAILURES = 50;
export const LOCKOUT_MS = 15 * 60_000;

const u = schema.staffUsers;
const f = schema.staffSignInFailures;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Who a sign-in aims at, as counted per address: a keyed HMAC of the
 * normalised email, so an unknown email is counted like a known one and no
 * typed email is stored in clear.
 */
export function signInSubject(vault: Vault, email: string): string {
  return createHmac("sha256", vault.derivedKey("sign-in-subject")).update(email).digest("base64url");
}

/**
 * Lockouts are counted in the database, with conditional updates only: an
 * attempt is claimed (the counter goes up) before the password or code is
 * checked, and only while fewer than the limit are counted, so parallel
 * guesses cannot slip past it between a read and a write. A right answer
 * gives its claim back; a wrong one keeps it, and the last one locks.
 *
 * The account-wide claim: the attempt's number, or null when the account is
 * locked (or no such account: `userId` "" matches nothing, at the same cost).
 */
export async function claimSignInAttempt(db: Database, userId: string, now: Date): Promise<number | null> {
  const lockExpired = sql`(${u.lockedUntil} is not null and ${u.lockedUntil} <= ${at(now)})`;
  const [row] = await db
    .update(u)
    .set({
      failedAttempts: sql`case when ${lockExpired} then 1 else ${u.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${lockExpired} then null else ${u.lockedUntil} end`,
    })
    .where(and(eq(u.id, userId), or(and(isNull(u.lockedUntil), lt(u.failedAttempts, ACCOUNT_LOCK_FAILURES)), lockExpired)))
    .returning({ failedAttempts: u.failedAttempts });
  return row ? row.failedAttempts : null;
}

/**
 * The per-address claim, for (subject, ip): the attempt's number, or null when
 * that pair is locked. Failures older than the lockout are forgotten.
 */
export async function claimAddressAttempt(db: Database, subject: string, ip: string, now: Date): Promise<number | null> {
  const stale = sql`(${f.lockedUntil} is null and ${f.updatedAt} <= ${at(new Date(now.getTime() - LOCKOUT_MS))})`;
  const restart = sql`((${f.lockedUntil} is not null and ${f.lockedUntil} <= ${at(now)}) or ${stale})`;
  const [row] = await db
    .insert(f)
    .values({ subject, ip, failedAttempts: 1, lockedUntil: null, updatedAt: now })
    .onConflictDoUpdate({
      target: [f.subject, f.ip],
      set: {
        failedAttempts: sql`case when ${restart} then 1 else ${f.failedAttempts} + 1 end`,
        lockedUntil: sql`case when ${restart} then null else ${f.lockedUntil} end`,
        updatedAt: now,
      },
      setWhere: or(and(isNull(f.lockedUntil), lt(f.failedAttempts, ADDRESS_LOCK_FAILURES)), restart),
    })
    .returning({ failedAttempts: f.failedAttempts });
  return row ? row.failedAttempts : null;
}

/**
 * A wrong password or code: both claims stay counted. Says what this failure
 * locked: the account for this address, the whole account, or nothing.
 */
export async function recordSignInFailure(
  db: Database,
  claims: { userId: string; account: number; subject: string; ip: string; address: number },
  now: Date,
): Promise<"account" | "address" | null> {
  const until = new Date(now.getTime() + LOCKOUT_MS);
  if (claims.account >= ACCOUNT_LOCK_FAILURES) {
    await db.update(u).set({ lockedUntil: until }).where(eq(u.id, claims.userId));
    return "account";
  }
  if (claims.address >= ADDRESS_LOCK_FAILURES) {
    await db.update(f).set({ lockedUntil: until }).where(and(eq(f.subject, claims.subject), eq(f.ip, claims.ip)));
    return "address";
  }
  return null;
}

/** A right password with a second factor still owed: the claims are given back, earlier failures stay counted. */
export async function releaseSignInAttempt(db: Database, claims: { userId: string; subject: string; ip: string }): Promise<void> {
  await db
    .update(u)
    .set({ failedAttempts: sql`greatest(${u.failedAttempts} - 1, 0)` })
    .where(eq(u.id, claims.userId));
  await db
    .update(f)
    .set({ failedAttempts: sql`greatest(${f.failedAttempts} - 1, 0)` })
    .where(and(eq(f.subject, claims.subject), eq(f.ip, claims.ip)));
}

/** A completed sign-in: the counts start again from zero (the account's, and this address's). */
export async function recordSignInSuccess(db: Database, claims: { userId: string; subject: string; ip: string }, now: Date): Promise<void> {
  await db.update(u).set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: now }).where(eq(u.id, claims.userId));
  await db.delete(f).where(and(eq(f.subject, claims.subject), eq(f.ip, claims.ip)));
}

/** An owner's unlock: every address's count for the account goes too. */
export async function clearAddressLocks(db: Database, subject: string): Promise<void> {
  await db.delete(f).where(eq(f.subject, subject));
}

/** Counters nobody has touched for a lockout period and that lock nothing: forgotten anyway (claimAddressAttempt), so dropped. */
export async function purgeSignInFailures({ db, clock }: { db: Database; clock: Clock }): Promise<number> {
  const now = clock.now();
  const before = new Date(now.getTime() - LOCKOUT_MS);
  const rows = await db
    .delete(f)
    .where(and(lte(f.updatedAt, before), or(isNull(f.lockedUntil), lte(f.lockedUntil, now))))
    .returning({ ip: f.ip });
  return rows.length;
}
