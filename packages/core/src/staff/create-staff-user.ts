import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { Vault } from "../vault/create-vault";
import { hashStaffPassword } from "./hash-staff-password";
import { normalizeStaffEmail } from "./normalize-staff-email";
import { isStaffRole, type StaffRole } from "./staff-role";
import { isTotpSecret } from "./staff-totp";
import { toStaffUserView, type StaffUserView } from "./staff-user-view";

export interface CreateStaffUserInput {
  merchantId: string;
  email: string;
  /** At least 12 characters; the user may keep it or an owner may set a new one later. */
  password: string;
  role: StaffRole;
  /**
   * A TOTP secret (base32) already loaded into the user's authenticator, for
   * accounts created by an operator or a test run. Without it, the first
   * sign-in leads to enrolment.
   */
  totpSecret?: string | undefined;
}

/**
 * Adds a staff member to a merchant. The email is unique across the platform
 * (sign-in asks for the email alone); a duplicate is `email_taken`, decided by
 * the unique index rather than a prior lookup, so two concurrent creations
 * cannot both succeed.
 */
export async function createStaffUser(
  { db, clock, vault }: { db: Database; clock: Clock; vault: Vault },
  input: CreateStaffUserInput,
): Promise<StaffUserView> {
  const email = normalizeStaffEmail(input.email);
  if (!isStaffRole(input.role)) throw new AppError("parameter_invalid", "role must be owner, admin or viewer.", { param: "role" });
  let totp: { sealed: string; kekId: string } | null = null;
  if (input.totpSecret !== undefined) {
    const secret = input.totpSecret.replace(/[\s=]/g, "").toUpperCase();
    if (!isTotpSecret(secret)) {
      throw new AppError("parameter_invalid", "totpSecret must be base32 (A–Z, 2–7), at least 26 characters.", { param: "totpSecret" });
    }
    const sealed = vault.seal(secret, "secret");
    totp = { sealed: sealed.value, kekId: sealed.kekId };
  }
  const passwordHash = await hashStaffPassword(input.password);
  const [merchant] = await db.select({ id: schema.merchants.id }).from(schema.merchants).where(eq(schema.merchants.id, input.merchantId));
  if (!merchant) throw new AppError("resource_not_found", `No such merchant: ${input.merchantId.slice(0, 100)}`, { param: "merchant" });

  const now = clock.now();
  const [row] = await db
    .insert(schema.staffUsers)
    .values({
      id: createId("usr"),
      merchantId: input.merchantId,
      email,
      passwordHash,
      role: input.role,
      totpSecretSealed: totp?.sealed ?? null,
      totpKekId: totp?.kekId ?? null,
      totpEnabledAt: totp ? now : null,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError("email_taken", "A staff account with this email already exists.", { param: "email" });
  return toStaffUserView(row, now);
}
