import { type Database, schema } from "@jeton/db";
import { desc, eq, isNull } from "drizzle-orm";
import { wholeList } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { findScoped, scopedWhere, type Mode } from "../scope";
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
): Promise<Page<CardView>> {
  const { customers, cards } = schema;
  const scope = { merchantId, mode };
  await findScoped(db, customers, scope, customerId, { what: "customer", param: null, prefix: "cus", where: isNull(customers.deletedAt) });
  const rows = await db
    .select()
    .from(cards)
    .where(scopedWhere(cards, scope, eq(cards.customerId, customerId), isNull(cards.deletedAt)))
    .orderBy(desc(cards.createdAt), desc(cards.id));
  return wholeList(rows.map(toCardView));
}
