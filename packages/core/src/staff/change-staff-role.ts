import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { lockStaffUser } from "./lock-staff-rows";
import { revokeStaffSessions } from "./revoke-staff-sessions";
import { isStaffRole, type StaffRole } from "./staff-role";
import { toStaffUserView, type StaffUserView } from "./staff-user-view";

/**
 * Gives a merchant's staff member another role. Their sessions end (a session
 * must never carry more rights than its user now has, nor a stale role on
 * screen); the merchant's last active owner cannot be demoted.
 */
export async function changeStaffRole(
  { db, clock }: { db: Database; clock: Clock },
  input: { merchantId: string; userId: string; role: StaffRole },
): Promise<{ user: StaffUserView; previousRole: StaffRole; changed: boolean }> {
  if (!isStaffRole(input.role)) throw new AppError("parameter_invalid", "role must be owner, admin or viewer.", { param: "role" });
  if (!isId("usr", input.userId)) throw new AppError("resource_not_found", `No such staff member: ${input.userId.slice(0, 100)}`, { param: "id" });
  return db.transaction(async (tx) => {
    const { row, assertAnotherActiveOwner } = await lockStaffUser(tx, input.merchantId, input.userId);
    if (row.role === input.role) return { user: toStaffUserView(row, clock.now()), previousRole: row.role, changed: false };
    if (row.role === "owner" && !row.disabledAt) assertAnotherActiveOwner();
    const [updated] = await tx
      .update(schema.staffUsers)
      .set({ role: input.role })
      .where(eq(schema.staffUsers.id, row.id))
      .returning();
    await revokeStaffSessions({ db: tx }, row.id);
    return { user: toStaffUserView(updated!, clock.now()), previousRole: row.role, changed: true };
  });
}
