import { type Database, schema } from "@jeton/db";
import { isNull } from "drizzle-orm";
import { findScoped, type Mode } from "../scope";
import { toCustomerView, type CardView, type CustomerView } from "./customer-view";
import { listCustomerCards } from "./list-customer-cards";

/** The merchant's own customer with its saved cards; deleted, unknown and other merchants' customers are not found. */
export async function getCustomer(
  { db }: { db: Database },
  { merchantId, mode, customerId }: { merchantId: string; mode: Mode; customerId: string },
): Promise<CustomerView & { cards: CardView[] }> {
  const { customers } = schema;
  const row = await findScoped(db, customers, { merchantId, mode }, customerId, { what: "customer", param: null, prefix: "cus", where: isNull(customers.deletedAt) });
  const { data: cards } = await listCustomerCards({ db }, { merchantId, mode, customerId });
  return { ...toCustomerView(row), cards };
}
