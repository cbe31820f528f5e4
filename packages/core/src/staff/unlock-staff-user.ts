import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { clearAddressLocks, signInSubject } from "./staff-sign-in-attempts";
import { toStaffUserView, type StaffUserView } from "./staff-user-view";

/** Lifts a lockout before its 15 minutes are over (an owner vouching for the staff member), and clears the failure counts, every address's too. */
export async function unlockStaffUser(
  { db, clock, vault }: { db: Database; clock: Clock; vault: Vault },
  input: { merchantId: string; userId: string },
): Promise<StaffUserView> {
  const notFound = new AppError("resource_not_found", `No such staff member: ${input.userId.slice(0, 100)}`, { param: "id" });
  if (!isId("usr", input.userId)) throw notFound;
  const { staffUsers: u } = schema;
  const [row] = await db
    .update(u)
    .set({ failedAttempts: 0, lockedUntil: null })
    .where(and(eq(u.id, input.userId), eq(u.merchantId, input.merchantId)))
    .returning();
  if (!row) throw notFound;
  await clearAddressLocks(db, signInSubject(vault, row.email));
  return toStaffUserView(row, clock.now());
}
