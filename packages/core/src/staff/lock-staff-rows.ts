import { type Database, schema } from "@jeton/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Inside a transaction, before changing a merchant's staff member: locks the
 * merchant's active owners (always in id order, so that two such changes
 * queue rather than deadlock), then the staff member's row. Two owners
 * demoting each other at the same moment are thereby serialised, and the
 * second sees that it would remove the last owner.
 */
export async function lockStaffUser(tx: Transaction, merchantId: string, userId: string) {
  const { staffUsers: u } = schema;
  const owners = await tx
    .select({ id: u.id })
    .from(u)
    .where(and(eq(u.merchantId, merchantId), eq(u.role, "owner"), isNull(u.disabledAt)))
    .orderBy(asc(u.id))
    .for("update");
  const [row] = await tx
    .select()
    .from(u)
    .where(and(eq(u.id, userId), eq(u.merchantId, merchantId)))
    .for("update");
  if (!row) throw new AppError("resource_not_found", `No such staff member: ${userId.slice(0, 100)}`, { param: "id" });
  return {
    row,
    /** Refuses when `row` is the only active owner left. */
    assertAnotherActiveOwner() {
      if (!owners.some((owner) => owner.id !== row.id)) {
        throw new AppError("last_owner_required", "The merchant must keep at least one active owner.");
      }
    },
  };
}
