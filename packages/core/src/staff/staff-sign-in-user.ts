import type { schema } from "@jeton/db";
import type { StaffRole } from "./staff-role";

/** Who is signing in: enough to audit the attempt and start a session. */
export interface StaffSignInUser {
  id: string;
  merchantId: string;
  email: string;
  role: StaffRole;
  sessionVersion: number;
  totpEnabled: boolean;
}

/**
 * Why a sign-in step failed. The password step says only
 * `invalid_credentials`, whatever the cause (a locked account included: the
 * answer must not tell it from an unknown email); the steps after a right
 * password may say `account_locked`. The reason is for the audit log.
 */
export type StaffSignInFailure =
  | {
      ok: false;
      code: "invalid_credentials";
      reason: "unknown_email" | "wrong_password" | "disabled" | "locked";
      user: StaffSignInUser | null;
      /** What this failure locked: the account for this address, or everywhere. */
      locked?: "address" | "account" | null;
    }
  | { ok: false; code: "invalid_totp_code"; reason: "wrong_code" | "replayed_code" | "not_enrolled"; user: StaffSignInUser }
  /** `locked`: it already was; `wrong_code`: this failure was the one that locked it. */
  | { ok: false; code: "account_locked"; reason: "locked" | "wrong_code"; user: StaffSignInUser; lockedUntil: Date | null };

export function toStaffSignInUser(row: typeof schema.staffUsers.$inferSelect): StaffSignInUser {
  return {
    id: row.id,
    merchantId: row.merchantId,
    email: row.email,
    role: row.role,
    sessionVersion: row.sessionVersion,
    totpEnabled: row.totpEnabledAt !== null && row.totpSecretSealed !== null,
  };
}
