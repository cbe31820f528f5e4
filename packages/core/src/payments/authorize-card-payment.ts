import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { AcquirerError } from "../acquirer/acquirer";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import type { ThreeDsResult } from "../three-ds/three-ds-result";
import { consumeCardToken, spendCardToken, type CardTokenRow } from "../tokens/consume-card-token";
import type { Vault } from "../vault/create-vault";
import { changeTransactionStatus, type PendingTransaction } from "../transactions/change-transaction-status";
import { openStoredCard } from "./open-stored-card";
import { recordReviewEvent } from "../risk/record-review-event";

type Row = typeof schema.transactions.$inferSelect;

/**
 * Sends an authorization for a transaction whose card waits in a card token:
 * the token is consumed (its CVC erased) by the same database transaction that
 * records the outcome (`lockedToken`: the caller already locked and checked it
 * in this database transaction, so it is spent without being read again).
 * Stored credentials (a saved card, a duplicate) go
 * without CVC, flagged with who initiated the payment. Automatic capture
 * follows an approval at once.
 */
export async function authorizeCardPayment(
  { db, vault, clock, acquirers }: { db: Database; vault: Vault; clock: Clock; acquirers: AcquirerRegistry },
  transaction: Row | PendingTransaction,
  threeDs: ThreeDsResult | null,
  lockedToken?: CardTokenRow,
  /** The risk assessment, recorded with the outcome; `holdUntil`: a `review` outcome, whose capture waits for staff until then. */
  risk?: { stored: Record<string, unknown>; holdUntil: Date | null },
): Promise<Row> {
  const fields = "pending" in transaction ? transaction.pending : transaction;
  // Before the card is opened or its token spent: a mode without an acquirer refuses, and nothing is recorded.
  const acquirer = acquirerFor(acquirers, fields.mode);
  let card: { number: string; expMonth: number; expYear: number; cvc: string | undefined };
  if (fields.storedCredential) {
    card = await openStoredCard({ db, vault }, fields);
  } else if (lockedToken) {
    card = await spendCardToken({ db, vault, clock }, lockedToken);
  } else {
    if (!fields.cardTokenId) throw new Error(`transaction ${fields.id} has no card to authorize`);
    // A transaction already stored has waited on a challenge: its token was reserved when the challenge started.
    card = await consumeCardToken(
      { db, vault, clock },
      { merchantId: fields.merchantId, mode: fields.mode, cardTokenId: fields.cardTokenId, reserved: !("pending" in transaction) },
    );
  }
  let result;
  try {
    result = await acquirer.authorize({
      transactionId: fields.id,
      merchantId: fields.merchantId,
      pan: card.number,
      expMonth: card.expMonth,
      expYear: card.expYear,
      cvc: card.cvc,
      amount: fields.amount,
      currency: fields.currency,
      initiator: fields.initiatedBy ?? "customer",
      idempotencyKey: fields.recurringAttemptKey ?? undefined,
      threeDs: threeDs
        ? {
            transStatus: threeDs.transStatus,
            ...(threeDs.eci ? { eci: threeDs.eci } : {}),
            ...(threeDs.authenticationValue ? { authenticationValue: threeDs.authenticationValue } : {}),
          }
        : undefined,
    });
  } catch (error) {
    if (!(error instanceof AcquirerError)) throw error;
    // Nothing came back: record a processing error the shopper can retry
    // (a real connector would also send a reversal for a timeout).
    return changeTransactionStatus(db, clock, transaction, "declined", {
      ...(risk ? { risk: risk.stored } : {}),
      responseCode: "96",
      declineCode: "processing_error",
      threeDs: threeDs as unknown as Record<string, unknown>,
    });
  }
  const threeDsColumn = threeDs as unknown as Record<string, unknown> | null;
  if (!result.approved) {
    return changeTransactionStatus(db, clock, transaction, "declined", {
      ...(risk ? { risk: risk.stored } : {}),
      responseCode: result.responseCode,
      declineCode: result.declineCode ?? "do_not_honor",
      acquirerReference: result.acquirerReference,
      threeDs: threeDsColumn,
      actionExpiresAt: null,
    });
  }
  const hold = risk?.holdUntil ?? null;
  const authorized = await changeTransactionStatus(db, clock, transaction, "authorized", {
    ...(risk ? { risk: risk.stored } : {}),
    ...(hold ? { reviewStatus: "open" as const, reviewExpiresAt: hold } : {}),
    responseCode: result.responseCode,
    authorizationCode: result.authorizationCode ?? null,
    acquirerReference: result.acquirerReference,
    threeDs: threeDsColumn,
    actionExpiresAt: null,
  });
  if (authorized.cardId && authorized.initiatedBy !== "merchant") {
    // The shopper has now paid with this saved card: the merchant may charge it alone from here on (with consent).
    await db
      .update(schema.cards)
      .set({ initialTransactionId: authorized.id })
      .where(and(eq(schema.cards.id, authorized.cardId), isNull(schema.cards.initialTransactionId)));
  }
  if (hold) {
    // Held for review: no capture until staff approve (approveReview captures an automatic-capture payment then).
    await recordReviewEvent(db, clock, authorized, "review.opened");
    return authorized;
  }
  if (authorized.captureMode !== "automatic") return authorized;
  const capture = await acquirer.capture({ acquirerReference: result.acquirerReference, amount: authorized.amount, currency: authorized.currency });
  if (!capture.ok) return authorized;
  return changeTransactionStatus(db, clock, authorized, "captured", { capturedAmount: authorized.amount });
}
