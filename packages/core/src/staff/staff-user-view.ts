import type { schema } from "@jeton/db";
import type { StaffRole } from "./staff-role";

export interface StaffUserView {
  id: string;
  merchantId: string;
  email: string;
  role: StaffRole;
  /** A TOTP second factor is set up; until then, signing in leads to enrolment. */
  totpEnabled: boolean;
  lastLoginAt: Date | null;
  /** Set while the account is locked after repeated failures; null once the lock has passed. */
  lockedUntil: Date | null;
  failedAttempts: number;
  disabledAt: Date | null;
  createdAt: Date;
}

/** A staff user as the back-office shows it: never the password hash or TOTP secret. */
export function toStaffUserView(row: typeof schema.staffUsers.$inferSelect, now: Date): StaffUserView {
  return {
    id: row.id,
    merchantId: row.merchantId,
    email: row.email,
    role: row.role,
    totpEnabled: row.totpEnabledAt !== null,
    lastLoginAt: row.lastLoginAt,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null,
    failedAttempts: row.failedAttempts,
    disabledAt: row.disabledAt,
    createdAt: row.createdAt,
  };
}
