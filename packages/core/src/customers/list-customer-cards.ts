import { type Database, schema } from "@jeton/db";
import { and, desc, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { toCardView, type CardView } from "./customer-view";

/**
 * A customer's saved cards, newest first. Deleted cards are not listed: they
 * can never be charged again, so there is nothing a merchant could do with
 * them (their `customer.card.deleted` events keep the history). A customer
 * holds a handful of cards, so there is no pagination.
 */
export async function listCustomerCards(
  { db }: { db: Database },
  { merchantId, mode, customerId }: { merchantId: string; mode: Mode; customerId: string },
): Promise<{ object: "list"; data: CardView[]; hasMore: false }> {
  const notFound = new AppError("resource_not_found", `No such customer: ${customerId.slice(0, 100)}`);
  if (!isId("cus", customerId)) throw notFound;
  const { customers, cards } = schema;
  const [customer] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.merchantId, merchantId), eq(customers.mode, mode), isNull(customers.deletedAt)));
  if (!customer) throw notFound;
  const rows = await db
    .select()
    .from(cards)
    .where(and(eq(cards.customerId, customerId), eq(cards.merchantId, merchantId), eq(cards.mode, mode), isNull(cards.deletedAt)))
    .orderBy(desc(cards.createdAt), desc(cards.id));
  return { object: "list", data: rows.map(toCardView), hasMore: false };
}
