import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { toCustomerView, type CardView, type CustomerView } from "./customer-view";
import { listCustomerCards } from "./list-customer-cards";

/** The merchant's own customer with its saved cards; deleted, unknown and other merchants' customers are not found. */
export async function getCustomer(
  { db }: { db: Database },
  { merchantId, mode, customerId }: { merchantId: string; mode: Mode; customerId: string },
): Promise<CustomerView & { cards: CardView[] }> {
  const notFound = new AppError("resource_not_found", `No such customer: ${customerId.slice(0, 100)}`);
  if (!isId("cus", customerId)) throw notFound;
  const { customers } = schema;
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.merchantId, merchantId), eq(customers.mode, mode), isNull(customers.deletedAt)));
  if (!row) throw notFound;
  const { data: cards } = await listCustomerCards({ db }, { merchantId, mode, customerId });
  return { ...toCustomerView(row), cards };
}
