import { schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";
import type { DatabaseExecutor } from "../events/record-event";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";

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
  const notFound = new AppError("resource_not_found", `No such customer: ${customerId.slice(0, 100)}`, param ? { param } : {});
  if (!isId("cus", customerId)) throw notFound;
  const [row] = await db
    .select()
    .from(schema.customers)
    .where(
      and(
        eq(schema.customers.id, customerId),
        eq(schema.customers.merchantId, merchantId),
        eq(schema.customers.mode, mode),
        isNull(schema.customers.deletedAt),
      ),
    )
    .for("update");
  if (!row) throw notFound;
  return row;
}
