import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { Vault } from "../vault/create-vault";
import { toStaffSignInUser, type StaffSignInFailure, type StaffSignInUser } from "./staff-sign-in-user";
import { generateRecoveryCode, hashRecoveryCode, matchTotpCounter, RECOVERY_CODE_COUNT } from "./staff-totp";

export type TotpEnrolmentConfirmation =
  | {
      ok: true;
      user: StaffSignInUser;
      /** In clear only here: the page shows them once; the database keeps keyed hashes. */
      recoveryCodes: string[];
    }
  | StaffSignInFailure;

/**
 * Ends TOTP enrolment (the user has just given their password): the code
 * typed from the authenticator proves it holds `secret`, which is then stored
 * sealed by the vault, along with ten new single-use recovery codes. The
 * confirming code's time step counts as used, so it cannot sign in again.
 * A wrong code is simply refused: the user is still setting up the app.
 */
export async function confirmTotpEnrolment(
  { db, clock, vault }: { db: Database; clock: Clock; vault: Vault },
  input: { userId: string; secret: string; code: string },
): Promise<TotpEnrolmentConfirmation> {
  const [row] = await db.select().from(schema.staffUsers).where(eq(schema.staffUsers.id, input.userId));
  if (!row || row.disabledAt) return { ok: false, code: "invalid_credentials", reason: row ? "disabled" : "unknown_email", user: row ? toStaffSignInUser(row) : null };
  const user = toStaffSignInUser(row);
  const now = clock.now();
  if (row.lockedUntil && row.lockedUntil > now) return { ok: false, code: "account_locked", reason: "locked", user, lockedUntil: row.lockedUntil };
  if (row.totpEnabledAt) throw new AppError("invalid_state_transition", "Two-factor authentication is already set up for this account.");

  const counter = matchTotpCounter(input.secret, input.code.replace(/\s/g, ""), now);
  if (counter === null) return { ok: false, code: "invalid_totp_code", reason: "wrong_code", user };

  const sealed = vault.seal(input.secret, "secret");
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  const enrolled = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schema.staffUsers)
      .set({
        totpSecretSealed: sealed.value,
        totpKekId: sealed.kekId,
        totpEnabledAt: now,
        totpLastCounter: counter,
        failedAttempts: 0,
        lockedUntil: null,
        lastLoginAt: now,
      })
      // Two tabs confirming at once: only the first one's secret is kept.
      .where(and(eq(schema.staffUsers.id, row.id), isNull(schema.staffUsers.totpEnabledAt), isNull(schema.staffUsers.disabledAt)))
      .returning();
    if (!updated) return null;
    await tx.delete(schema.staffRecoveryCodes).where(eq(schema.staffRecoveryCodes.userId, row.id));
    await tx.insert(schema.staffRecoveryCodes).values(
      recoveryCodes.map((code) => ({ id: createId("rcv"), userId: row.id, codeHash: hashRecoveryCode(vault, code)!, createdAt: now })),
    );
    return updated;
  });
  if (!enrolled) throw new AppError("invalid_state_transition", "Two-factor authentication is already set up for this account.");
  return { ok: true, user: toStaffSignInUser(enrolled), recoveryCodes };
}
