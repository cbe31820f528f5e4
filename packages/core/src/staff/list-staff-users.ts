import { type Database, schema } from "@jeton/db";
import { asc, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { toStaffUserView, type StaffUserView } from "./staff-user-view";

/** A merchant's staff, disabled ones included (they stay in the audit log), oldest first. A merchant's staff is a short list: no paging. */
export async function listStaffUsers({ db, clock }: { db: Database; clock: Clock }, input: { merchantId: string }): Promise<StaffUserView[]> {
  const rows = await db
    .select()
    .from(schema.staffUsers)
    .where(eq(schema.staffUsers.merchantId, input.merchantId))
    .orderBy(asc(schema.staffUsers.createdAt), asc(schema.staffUsers.id));
  const now = clock.now();
  return rows.map((row) => toStaffUserView(row, now));
}
