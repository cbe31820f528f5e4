import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { CardBrand } from "../cards/validate-card";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { findScoped, notFoundError, type Mode } from "../scope";
import type { Vault } from "../vault/create-vault";

export interface ConsumedCard {
  cardTokenId: string;
  number: string;
  /** In memory only, for the one authorization that uses it: the stored copy is erased by the same transaction. */
  cvc: string | undefined;
  brand: CardBrand;
  bin: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName: string | null;
  fingerprint: string;
  /** The sealed PAN, for whoever keeps the card (a saved card) without ever seeing it. */
  panSealed: string;
  panKekId: string;
}

/**
 * Uses a token exactly once. The row is locked (`FOR UPDATE`), checked, marked
 * used and its CVC erased in one transaction, so of two concurrent uses one
 * waits and then sees the token used.
 *
 * `reserved`: the token was set aside (marked used) for a payment when that
 * payment's 3-D Secure challenge started; its authorization now takes the
 * card and erases the CVC, however long the challenge took.
 */
export async function consumeCardToken(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  { merchantId, mode, cardTokenId, reserved = false }: { merchantId: string; mode: Mode; cardTokenId: string; reserved?: boolean },
): Promise<ConsumedCard> {
  // Checked before opening a database transaction for nothing.
  if (!isId("ctok", cardTokenId)) throw notFoundError("card token", cardTokenId, "cardTokenId");
  return db.transaction(async (tx) => {
    const row = await findScoped(tx, schema.cardTokens, { merchantId, mode }, cardTokenId, { what: "card token", param: "cardTokenId", lock: "update" });
    const now = clock.now();
    if (!reserved) {
      if (row.usedAt) throw new AppError("card_token_used", "This card token has already been used.", { param: "cardTokenId" });
      if (row.expiresAt <= now) {
        throw new AppError("card_token_expired", "This card token has expired; tokenize the card again.", { param: "cardTokenId" });
      }
    }
    return spendCardToken({ db: tx, vault, clock }, row);
  });
}

export type CardTokenRow = typeof schema.cardTokens.$inferSelect;

/**
 * Marks a token the caller already locked and checked as used and erases its
 * stored CVC, handing the card over. The transaction path locks the token once
 * (resolvePaymentSource) and spends it here, in the same database transaction,
 * instead of reading and locking it a second time.
 */
export async function spendCardToken(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  row: CardTokenRow,
): Promise<ConsumedCard> {
  // Destroyed by the retention sweep: only an expired unused token or one used long ago, so never a live payment's.
  if (row.panSealed === null || row.panKekId === null) {
    throw new AppError("card_token_expired", "This card token has expired; tokenize the card again.", { param: "cardTokenId" });
  }
  await db
    .update(schema.cardTokens)
    .set({ usedAt: row.usedAt ?? clock.now(), cvcSealed: null, cvcKekId: null })
    .where(eq(schema.cardTokens.id, row.id));
  return {
    cardTokenId: row.id,
    number: vault.open(row.panSealed, "pan"),
    cvc: row.cvcSealed ? vault.open(row.cvcSealed, "cvc") : undefined,
    brand: row.brand as CardBrand,
    bin: row.bin,
    last4: row.last4,
    expMonth: row.expMonth,
    expYear: row.expYear,
    holderName: row.holderName,
    fingerprint: row.fingerprint,
    panSealed: row.panSealed,
    panKekId: row.panKekId,
  };
}
