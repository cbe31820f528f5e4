import { type Database, schema } from "@jeton/db";
import { eq, isNull } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { isId } from "../ids/create-id";
import { notFoundError, ownedWhere, type Mode } from "../scope";
import { toCardView, type CardView } from "./customer-view";

/**
 * Deletes a saved card: soft (`deletedAt`), so past transactions still name
 * it, but final: a deleted card is never charged again and is no longer
 * listed. Deleting it a second time is `resource_not_found`, like any card
 * the API no longer shows. The update is conditional on `deletedAt IS NULL`,
 * so of two concurrent deletes exactly one succeeds and one event is sent.
 */
export async function deleteCustomerCard(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, customerId, cardId }: { merchantId: string; mode: Mode; customerId: string; cardId: string },
): Promise<CardView> {
  const notFound = notFoundError("card", cardId, null);
  if (!isId("card", cardId) || !isId("cus", customerId)) throw notFound;
  const { cards } = schema;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(cards)
      .set({ deletedAt: clock.now() })
      .where(ownedWhere(cards, { merchantId, mode }, cardId, eq(cards.customerId, customerId), isNull(cards.deletedAt)))
      .returning();
    if (!row) throw notFound;
    const view = toCardView(row);
    await recordEvent(tx, clock, { merchantId, mode, type: "customer.card.deleted", objectId: row.id, data: view as unknown as Record<string, unknown> });
    return view;
  });
}
