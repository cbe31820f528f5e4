import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { findScoped, type Mode } from "../scope";
import type { CardTokenRow } from "../tokens/consume-card-token";
import type { Vault } from "../vault/create-vault";

/**
 * Where the card of a payment comes from: a fresh card token (the shopper
 * just typed it; its CVC is used once), a customer's saved card, or the card
 * of one of the merchant's earlier payments (Sips "duplicate"). The last two
 * are stored credentials: no CVC.
 */
export type PaymentSource = { cardTokenId: string } | { customerId: string; cardId: string } | { sourceTransactionId: string };

/** What a transaction records about its card and where it came from. */
export interface PaymentCardColumns {
  cardTokenId: string | null;
  customerId: string | null;
  cardId: string | null;
  sourceTransactionId: string | null;
  storedCredential: boolean;
  brand: string;
  bin: string;
  last4: string;
  expMonth: number;
  expYear: number;
  fingerprint: string;
}

export interface ResolvedPaymentCard {
  /** In memory only, for the 3-D Secure lookup. */
  pan: string;
  columns: PaymentCardColumns;
  /** A fresh card token, locked `FOR UPDATE` and checked here: the authorization spends it without reading it again. */
  token?: CardTokenRow;
  /** The saved card charged (directly, or as the card of an earlier payment): its consent decides merchant-initiated charges. */
  savedCard?: typeof schema.cards.$inferSelect;
}


function cardColumns(card: { brand: string; bin: string; last4: string; expMonth: number; expYear: number; fingerprint: string }) {
  return { brand: card.brand, bin: card.bin, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear, fingerprint: card.fingerprint };
}

/**
 * Checks that the merchant may charge the source and reads its card, inside
 * the caller's database transaction. Rows are locked so that the checks
 * still hold when the payment commits: a card token `FOR UPDATE` (of two
 * payments racing for one token, the second waits and then sees it used),
 * a saved card `FOR SHARE` (a concurrent delete waits for the payment, then
 * wins for every later one). Another merchant's or mode's ids are not found,
 * like unknown ones.
 */
export async function resolvePaymentSource(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  { merchantId, mode, source }: { merchantId: string; mode: Mode; source: PaymentSource },
): Promise<ResolvedPaymentCard> {
  const none = { cardTokenId: null, customerId: null, cardId: null, sourceTransactionId: null };
  const scope = { merchantId, mode };

  if ("cardTokenId" in source) {
    const token = await findScoped(db, schema.cardTokens, scope, source.cardTokenId, { what: "card token", param: "cardTokenId", prefix: "ctok", lock: "update" });
    // A token whose payment waits on a challenge is marked used too (reserved), so this covers it.
    if (token.usedAt) throw new AppError("card_token_used", "This card token has already been used.", { param: "cardTokenId" });
    if (token.expiresAt <= clock.now() || token.panSealed === null) {
      throw new AppError("card_token_expired", "This card token has expired.", { param: "cardTokenId" });
    }
    return {
      pan: vault.open(token.panSealed, "pan"),
      columns: { ...none, cardTokenId: token.id, storedCredential: false, ...cardColumns(token) },
      token,
    };
  }

  if ("cardId" in source) {
    const customer = await findScoped(db, schema.customers, scope, source.customerId, { what: "customer", param: "customerId", prefix: "cus" });
    const card = await findScoped(db, schema.cards, scope, source.cardId, { what: "card", param: "cardId", prefix: "card", lock: "share" });
    if (card.customerId !== customer.id) {
      throw new AppError("card_not_chargeable", "This card belongs to another customer.", { param: "cardId" });
    }
    if (card.deletedAt || customer.deletedAt) {
      throw new AppError("card_not_chargeable", "This card was deleted; it cannot be charged.", { param: "cardId" });
    }
    return {
      pan: vault.open(card.panSealed, "pan"),
      columns: { ...none, customerId: customer.id, cardId: card.id, storedCredential: true, ...cardColumns(card) },
      savedCard: card,
    };
  }

  const { cardTokens, cards } = schema;
  const original = await findScoped(db, schema.transactions, scope, source.sourceTransactionId, {
    what: "transaction",
    param: "sourceTransactionId",
    prefix: "tx",
  });
  const notReusable = (why: string) => new AppError("source_transaction_not_reusable", why, { param: "sourceTransactionId" });
  // A card that was never accepted (declined, failed authentication) is not one to charge again.
  if (!original.authorizedAt) throw notReusable("Only a payment that was authorized can be charged again.");
  const columns = { ...none, sourceTransactionId: original.id, storedCredential: true, ...cardColumns(original) };
  if (original.cardId) {
    // The original charged a saved card: the duplicate charges it again, unless it was deleted since.
    const [card] = await db.select().from(cards).where(eq(cards.id, original.cardId)).for("share");
    if (!card || card.deletedAt) throw notReusable("The card of this payment was deleted; it cannot be charged again.");
    return { pan: vault.open(card.panSealed, "pan"), columns: { ...columns, customerId: original.customerId, cardId: card.id }, savedCard: card };
  }
  if (!original.cardTokenId) throw notReusable("This payment kept no card to charge again.");
  const [token] = await db.select({ panSealed: cardTokens.panSealed }).from(cardTokens).where(eq(cardTokens.id, original.cardTokenId));
  if (!token) throw notReusable("This payment kept no card to charge again.");
  if (token.panSealed === null) {
    throw notReusable("The card data of this payment was destroyed at the end of its retention period; it cannot be charged again.");
  }
  return { pan: vault.open(token.panSealed, "pan"), columns: { ...columns, cardTokenId: original.cardTokenId } };
}
