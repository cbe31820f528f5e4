import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { findScoped, merchantWhere, notFoundError, type Mode } from "../scope";
import type { Vault } from "../vault/create-vault";
import { toBlacklistedCardView, type BlacklistedCardView } from "./blacklisted-card-view";

export interface BlacklistCardInput {
  merchantId: string;
  /** The mode the payment is looked up in; the blacklist itself covers both modes (a card is a card). */
  mode: Mode;
  /** The payment whose card is blacklisted: its fingerprint, brand, BIN and last 4 are copied. */
  transactionId: string;
  reason?: string | null | undefined;
  /** The staff member adding it. */
  userId?: string | null | undefined;
}

/**
 * Puts the card of one of the merchant's payments on the merchant's
 * blacklist: from then on startCardPayment records its payments as
 * `blocked` before any 3-D Secure or authorization. Idempotent: a card
 * already on the list stays as it was (first reason and author kept), and
 * `created` says which happened. Another merchant's or mode's payment is not
 * found, like an unknown one.
 */
export async function blacklistCard(
  { db, clock, vault }: { db: Database; clock: Clock; vault: Vault },
  input: BlacklistCardInput,
): Promise<{ card: BlacklistedCardView; created: boolean }> {
  if (!isId("tx", input.transactionId)) throw notFoundError("transaction", input.transactionId, "transactionId");
  const reason = input.reason?.trim() || null;
  if (reason !== null && reason.length > 500) {
    throw new AppError("parameter_invalid", "The reason is at most 500 characters.", { param: "reason" });
  }
  const { transactions, cardBlacklist } = schema;
  const { fingerprint, brand, bin, last4 } = await findScoped(db, transactions, input, input.transactionId, { what: "transaction", param: "transactionId" });
  const transaction = { fingerprint, brand, bin, last4 };

  const [inserted] = await db
    .insert(cardBlacklist)
    .values({
      merchantId: input.merchantId,
      ...transaction,
      reason,
      sourceTransactionId: input.transactionId,
      createdByUserId: input.userId ?? null,
      createdAt: clock.now(),
    })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { card: toBlacklistedCardView(vault, inserted), created: true };
  const [existing] = await db
    .select()
    .from(cardBlacklist)
    .where(merchantWhere(cardBlacklist, input.merchantId, eq(cardBlacklist.fingerprint, transaction.fingerprint)));
  // Removed between the insert and this read: the caller may simply try again.
  if (!existing) throw new AppError("invalid_state_transition", "The blacklist changed meanwhile; try again.");
  return { card: toBlacklistedCardView(vault, existing), created: false };
}
