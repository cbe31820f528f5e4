import type { Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { consumeCardToken, spendCardToken, type CardTokenRow } from "../tokens/consume-card-token";
import type { Vault } from "../vault/create-vault";
import { changeTransactionStatus, type PendingTransaction } from "../transactions/change-transaction-status";
import type { StoredTransactionRisk } from "../risk/risk-assessment-view";

type Row = typeof schema.transactions.$inferSelect;

/**
 * Records a payment refused by the merchant's card blacklist or a risk rule
 * as `blocked`, with the assessment (rules fired), instead of authorizing it. A card token is spent
 * like after any attempt (its CVC erased now); one reserved for a 3-D Secure
 * challenge is released the same way.
 */
export async function blockCardPayment(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  transaction: Row | PendingTransaction,
  risk: StoredTransactionRisk,
  changes: Partial<Row> = {},
  lockedToken?: CardTokenRow,
): Promise<Row> {
  const fields = "pending" in transaction ? transaction.pending : transaction;
  if (lockedToken) {
    await spendCardToken({ db, vault, clock }, lockedToken);
  } else if (!fields.storedCredential && fields.cardTokenId) {
    await consumeCardToken(
      { db, vault, clock },
      { merchantId: fields.merchantId, mode: fields.mode, cardTokenId: fields.cardTokenId, reserved: !("pending" in transaction) },
    );
  }
  return changeTransactionStatus(db, clock, transaction, "blocked", {
    ...changes,
    actionExpiresAt: null,
    risk: risk as unknown as Record<string, unknown>,
  });
}
