import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";
import { spendStaffPasswordCheck, verifyStaffPasswordHash } from "./hash-staff-password";
import { claimAddressAttempt, claimSignInAttempt, recordSignInFailure, releaseSignInAttempt, signInSubject } from "./staff-sign-in-attempts";
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
 * Sign-in, step 1: email and password, from the client address `ip`. Every
 * path takes the same steps: one read of the account, one per-address claim,
 * one account-wide claim (matching nothing for an unknown email), one scrypt
 * evaluation; and every refusal is the same `invalid_credentials`, so neither
 * the answer nor its timing tells an unknown email from a wrong password, a
 * disabled account or a locked one (the reason is for the audit log only).
 *
 * Five failures in a row from one address (wrong passwords and wrong codes
 * together) lock the account for that address for 15 minutes; fifty from all
 * addresses together lock it everywhere. While locked, even the right
 * password is refused.
 */
export async function verifyStaffPassword(
  { db, clock, vault }: { db: Database; clock: Clock; vault: Vault },
  input: { email: string; password: string; ip: string },
): Promise<StaffPasswordCheck> {
  const email = input.email.trim().toLowerCase().slice(0, 254);
  const [row] = email ? await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.email, email)) : [];
  const now = clock.now();
  const subject = signInSubject(vault, email);
  const address = await claimAddressAttempt(db, subject, input.ip, now);
  const usable = row !== undefined && row.disabledAt === null;
  // Always one account claim: on "" (no row) when there is nothing to count, so every path costs the same.
  const account = await claimSignInAttempt(db, usable && address !== null ? row.id : "", now);
  const passwordOk = usable ? await verifyStaffPasswordHash(input.password, row.passwordHash) : (await spendStaffPasswordCheck(input.password), false);
  const user = row ? toStaffSignInUser(row) : null;

  if (!row) return { ok: false, code: "invalid_credentials", reason: "unknown_email", user: null };
  if (!usable) return { ok: false, code: "invalid_credentials", reason: "disabled", user };
  if (address === null || account === null) return { ok: false, code: "invalid_credentials", reason: "locked", user };
  const claims = { userId: row.id, subject, ip: input.ip };
  if (!passwordOk) {
    const locked = await recordSignInFailure(db, { ...claims, account, address }, now);
    return { ok: false, code: "invalid_credentials", reason: "wrong_password", user: user!, locked };
  }
  await releaseSignInAttempt(db, claims);
  return { ok: true, user: user!, next: user!.totpEnabled ? "second_factor" : "enrol" };
}
