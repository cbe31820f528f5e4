import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import type { Mode } from "../merchants/create-api-key";
import { toCardView, toCustomerView, type CustomerView } from "./customer-view";
import { lockCustomer } from "./lock-customer";

/**
 * Deletes a customer and every card saved for it (soft, like a single card:
 * transactions keep naming them, nothing can charge them again). Each card
 * gets its `customer.card.deleted` event, then `customer.deleted`.
 */
export async function deleteCustomer(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, customerId }: { merchantId: string; mode: Mode; customerId: string },
): Promise<CustomerView> {
  return db.transaction(async (tx) => {
    await lockCustomer(tx, { merchantId, mode, customerId });
    const now = clock.now();
    const { cards, customers } = schema;
    const deletedCards = await tx
      .update(cards)
      .set({ deletedAt: now })
      .where(and(eq(cards.customerId, customerId), isNull(cards.deletedAt)))
      .returning();
    for (const card of deletedCards) {
      await recordEvent(tx, clock, { merchantId, mode, type: "customer.card.deleted", objectId: card.id, data: toCardView(card) as unknown as Record<string, unknown> });
    }
    const [row] = await tx.update(customers).set({ deletedAt: now }).where(eq(customers.id, customerId)).returning();
    if (!row) throw new Error(`customer ${customerId} vanished`);
    const view = toCustomerView(row);
    await recordEvent(tx, clock, { merchantId, mode, type: "customer.deleted", objectId: row.id, data: view as unknown as Record<string, unknown> });
    return view;
  });
}
