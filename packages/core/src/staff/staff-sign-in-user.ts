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
 * Why a sign-in step failed. The page says only `invalid_credentials` (never
 * which part was wrong) or `account_locked`; the reason is for the audit log.
 */
export type StaffSignInFailure =
  | { ok: false; code: "invalid_credentials"; reason: "unknown_email" | "wrong_password" | "disabled"; user: StaffSignInUser | null }
  | { ok: false; code: "invalid_totp_code"; reason: "wrong_code" | "replayed_code" | "not_enrolled"; user: StaffSignInUser }
  /** `locked`: it already was; `wrong_password`/`wrong_code`: this failure was the one that locked it. */
  | { ok: false; code: "account_locked"; reason: "locked" | "wrong_password" | "wrong_code"; user: StaffSignInUser; lockedUntil: Date | null };

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
