import { schema } from "@jeton/db";
import { isNull } from "drizzle-orm";
import type { DatabaseExecutor } from "../events/record-event";
import { findScoped, type Mode } from "../scope";

type CustomerRow = typeof schema.customers.$inferSelect;

/**
 * The merchant's own, not deleted customer, locked (`FOR UPDATE`) until the
 * surrounding transaction ends, so a card cannot be added to a customer being
 * deleted. Another merchant's or mode's id is not found, like an unknown one.
 */
export async function lockCustomer(
  db: DatabaseExecutor,
  { merchantId, mode, customerId, param }: { merchantId: string; mode: Mode; customerId: string; param?: string },
): Promise<CustomerRow> {
  return findScoped(db, schema.customers, { merchantId, mode }, customerId, {
    what: "customer",
    param: param ?? null,
    prefix: "cus",
    where: isNull(schema.customers.deletedAt),
    lock: "update",
  });
}
