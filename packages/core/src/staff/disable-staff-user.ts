import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { lockStaffUser } from "./lock-staff-rows";
import { revokeStaffSessions } from "./revoke-staff-sessions";
import { toStaffUserView, type StaffUserView } from "./staff-user-view";

/**
 * Removes a staff member's access: they can no longer sign in, and their
 * sessions end now. The row stays, so the audit log still names who did what.
 * The merchant's last active owner cannot be disabled.
 */
export async function disableStaffUser(
  { db, clock }: { db: Database; clock: Clock },
  input: { merchantId: string; userId: string },
): Promise<{ user: StaffUserView; changed: boolean }> {
  if (!isId("usr", input.userId)) throw new AppError("resource_not_found", `No such staff member: ${input.userId.slice(0, 100)}`, { param: "id" });
  return db.transaction(async (tx) => {
    const { row, assertAnotherActiveOwner } = await lockStaffUser(tx, input.merchantId, input.userId);
    if (row.disabledAt) return { user: toStaffUserView(row, clock.now()), changed: false };
    if (row.role === "owner") assertAnotherActiveOwner();
    const [updated] = await tx
      .update(schema.staffUsers)
      .set({ disabledAt: clock.now() })
      .where(eq(schema.staffUsers.id, row.id))
      .returning();
    await revokeStaffSessions({ db: tx }, row.id);
    return { user: toStaffUserView(updated!, clock.now()), changed: true };
  });
}
