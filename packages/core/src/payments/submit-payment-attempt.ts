import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { splitInstallments } from "../recurring/schedule";
import { AppError } from "../errors";
import type { ChallengeWindowSize } from "../three-ds/three-ds-result";
import { createCardToken } from "../tokens/create-card-token";
import { changeTransactionStatus } from "../transactions/change-transaction-status";
import { isPaid } from "./complete-card-payment-challenge";
import { startCardPayment, type StartCardPaymentResult } from "./start-card-payment";
import { withQuery, type PlatformUrls } from "../urls/platform-urls";
import type { Vault } from "../vault/create-vault";
import { effectiveStatus } from "../payment-requests/payment-request-view";
import { recordAttemptOutcome } from "../payment-requests/record-attempt-outcome";
import type { RiskDeps } from "../risk/risk-settings";

type PaymentRequestRow = typeof schema.paymentRequests.$inferSelect;

export interface SubmitPaymentAttemptInput {
  paymentRequestId: string;
  card: { number: string; expMonth: string | number; expYear: string | number; cvc: string; holder?: string | undefined };
  challengeWindowSize: ChallengeWindowSize;
  /** With `saveCard`: the shopper ticked consent to later merchant-initiated charges on the card it saves. */
  storedCredentialConsent?: boolean | undefined;
  /** Where the bank sends the shopper back, from the public URL: the surface's own route and query. */
  notificationPath?: string | undefined;
  /** The shopper's address and device session (risk rules). */
  shopper?: { ip: string | null; deviceSession: string | null } | undefined;
}

export type SubmitPaymentAttemptResult =
  | (StartCardPaymentResult & { paymentRequest: PaymentRequestRow })
  | { kind: "tokenized"; paymentRequest: PaymentRequestRow; cardTokenId: string };

function assertOpen(row: PaymentRequestRow, now: Date): void {
  const status = effectiveStatus(row, now);
  if (status !== "open") throw new AppError("payment_request_not_open", `This payment request is ${status}.`);
  if (row.attempts >= row.maxAttempts) {
    throw new AppError("payment_request_attempts_exhausted", "This payment request has no attempts left.");
  }
}

/**
 * One shopper attempt on the hosted page: the card is tokenized (validated,
 * sealed), then paid, or for `intent: "tokenize"` kept as the result. The
 * payment request stays locked for the whole attempt, and an attempt still
 * waiting on a challenge is expired first, so two tabs can never both pay
 * one request.
 */
export async function submitPaymentAttempt(
  deps: { db: Database; vault: Vault; clock: Clock; acquirers: AcquirerRegistry; urls: PlatformUrls } & RiskDeps,
  input: SubmitPaymentAttemptInput,
): Promise<SubmitPaymentAttemptResult> {
  const { db, clock } = deps;
  const [peek] = await db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, input.paymentRequestId));
  if (!peek) throw new AppError("resource_not_found", "No such payment request.");
  assertOpen(peek, clock.now());
  // Before the card is even tokenized: a live request without a live acquirer keeps nothing of it.
  acquirerFor(deps.acquirers, peek.mode);

  // Card errors surface here, before the attempt is counted.
  const token = await createCardToken(deps, { merchantId: peek.merchantId, mode: peek.mode, card: input.card });

  return db.transaction(async (tx) => {
    const [paymentRequest] = await tx.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, peek.id)).for("update");
    if (!paymentRequest) throw new AppError("resource_not_found", "No such payment request.");
    assertOpen(paymentRequest, clock.now());
    await tx
      .update(schema.paymentRequests)
      .set({
        attempts: paymentRequest.attempts + 1,
        // Recorded with each attempt (the last one is the card saved); kept on the request across a challenge.
        // Instalments and card updates: the page states that paying saves the card for the next charges, so paying is the consent.
        ...(paymentRequest.saveCard ? { cardConsentAt: input.storedCredentialConsent || paymentRequest.installments || paymentRequest.subscriptionId ? clock.now() : null } : {}),
      })
      .where(eq(schema.paymentRequests.id, paymentRequest.id));

    if (paymentRequest.intent === "tokenize") {
      const done = await recordAttemptOutcome(tx, deps, {
        paymentRequestId: paymentRequest.id,
        outcome: { succeeded: true, cardTokenId: token.cardTokenId },
      });
      return { kind: "tokenized", paymentRequest: done, cardTokenId: token.cardTokenId };
    }

    const pending = await tx
      .select()
      .from(schema.transactions)
      .where(and(eq(schema.transactions.paymentRequestId, paymentRequest.id), eq(schema.transactions.status, "requires_action")))
      .for("update");
    for (const abandoned of pending) {
      await changeTransactionStatus(tx, clock, abandoned, "expired", { actionExpiresAt: null });
    }

    const result = await startCardPayment(
      { ...deps, db: tx },
      {
        merchantId: paymentRequest.merchantId,
        mode: paymentRequest.mode,
        source: { cardTokenId: token.cardTokenId },
        // Instalments: the first one now, the remainder of the division on it.
        amount: paymentRequest.installments ? splitInstallments(paymentRequest.amount, paymentRequest.installments.count)[0]! : paymentRequest.amount,
        currency: paymentRequest.currency,
        captureMode: paymentRequest.captureMode,
        captureDelayDays: paymentRequest.captureDelayDays ?? undefined,
        merchantReference: paymentRequest.merchantReference,
        description: paymentRequest.description,
        metadata: paymentRequest.metadata,
        customerEmail: paymentRequest.customerEmail,
        paymentRequestId: paymentRequest.id,
        shopper: input.shopper,
        threeDs: { challengeWindowSize: input.challengeWindowSize, notificationUrl: `${deps.urls.publicUrl}${input.notificationPath ?? "/pay/three-ds"}` },
      },
    );
    if (result.kind === "challenge") {
      const [current] = await tx.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, paymentRequest.id));
      return { ...result, paymentRequest: current ?? paymentRequest };
    }
    const done = await recordAttemptOutcome(tx, deps, {
      paymentRequestId: paymentRequest.id,
      outcome: isPaid(result.transaction.status) ? { succeeded: true, transactionId: result.transaction.id } : { succeeded: false },
    });
    return { ...result, paymentRequest: done };
  });
}
