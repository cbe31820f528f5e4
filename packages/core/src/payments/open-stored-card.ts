import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { AppError } from "../errors";
import type { Vault } from "../vault/create-vault";

/**
 * The card of a stored-credential payment (saved card or duplicate), opened
 * for its authorization without using anything up: the card token of a
 * duplicate was consumed by the original payment, and a saved card has no
 * CVC. A saved card deleted while its payment waited on a challenge is not
 * charged.
 */
export async function openStoredCard(
  { db, vault }: { db: Database; vault: Vault },
  fields: { id: string; cardId?: string | null | undefined; cardTokenId?: string | null | undefined },
): Promise<{ number: string; expMonth: number; expYear: number; cvc: undefined }> {
  if (fields.cardId) {
    const [card] = await db.select().from(schema.cards).where(eq(schema.cards.id, fields.cardId)).for("share");
    if (!card) throw new Error(`transaction ${fields.id} names a card that does not exist`);
    if (card.deletedAt) throw new AppError("card_not_chargeable", "This card was deleted; it cannot be charged.");
    return { number: vault.open(card.panSealed, "pan"), expMonth: card.expMonth, expYear: card.expYear, cvc: undefined };
  }
  if (!fields.cardTokenId) throw new Error(`transaction ${fields.id} has no card to authorize`);
  const [token] = await db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, fields.cardTokenId));
  if (!token) throw new Error(`transaction ${fields.id} names a card token that does not exist`);
  if (token.panSealed === null) throw new AppError("source_transaction_not_reusable", "The card data of this payment was destroyed at the end of its retention period.");
  return { number: vault.open(token.panSealed, "pan"), expMonth: token.expMonth, expYear: token.expYear, cvc: undefined };
}
