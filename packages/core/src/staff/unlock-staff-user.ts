import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { toStaffUserView, type StaffUserView } from "./staff-user-view";

/** Lifts a lockout before its 15 minutes are over (an owner vouching for the staff member), and clears the failure count. */
export async function unlockStaffUser(
  { db, clock }: { db: Database; clock: Clock },
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
  return toStaffUserView(row, clock.now());
}
