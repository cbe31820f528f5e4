import { type Database, schema } from "@jeton/db";
import { AcquirerError } from "../acquirer/acquirer";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { changeTransactionStatus } from "./change-transaction-status";
import { lockTransaction } from "./lock-transaction";
import { toRefundView, type RefundView } from "./refund-view";

type Row = typeof schema.transactions.$inferSelect;

export interface RefundTransactionInput {
  merchantId: string;
  mode: Mode;
  transactionId: string;
  /** Minor units; everything that remains to refund when absent. */
  amount?: number | undefined;
  reason?: string | undefined;
  description?: string | undefined;
  /** The merchant's own key → value strings (checked by the API: ≤50 keys, keys ≤40, values ≤500 characters). */
  metadata?: Record<string, string> | undefined;
}

/**
 * Refunds all or part of a settled transaction (SPEC §1: refund only after
 * the settlement cut-off). The transaction row is locked before the
 * remaining amount is read, so concurrent refunds are checked one after the
 * other against what the previous ones left: together they never exceed the
 * captured amount. The refund, the new status and their events commit
 * together.
 */
export async function refundTransaction(
  { db, clock, acquirers }: { db: Database; clock: Clock; acquirers: AcquirerRegistry },
  input: RefundTransactionInput,
): Promise<{ refund: RefundView; transaction: Row }> {
  if (input.amount !== undefined && (!Number.isSafeInteger(input.amount) || input.amount <= 0)) {
    throw new AppError("parameter_invalid", "amount must be a positive integer in the currency's minor unit.", { param: "amount" });
  }
  return db.transaction(async (tx) => {
    const current = await lockTransaction(tx, input);
    if (current.status !== "settled" && current.status !== "partially_refunded") {
      const hint = current.status === "captured" || current.status === "authorized" ? " it is not settled yet; cancel it instead." : ` it is ${current.status}.`;
      throw new AppError("transaction_not_refundable", `Transaction ${current.id} cannot be refunded:${hint}`);
    }
    const remaining = current.capturedAmount - current.refundedAmount;
    const amount = input.amount ?? remaining;
    if (amount > remaining) {
      throw new AppError("refund_exceeds_remaining", `The refund (${amount}) is more than what remains to refund (${remaining}).`, { param: "amount" });
    }
    if (!current.acquirerReference) throw new Error(`settled transaction ${current.id} has no acquirer reference`);
    let answer;
    try {
      answer = await acquirerFor(acquirers, current.mode).refund({ acquirerReference: current.acquirerReference, amount, currency: current.currency });
    } catch (error) {
      if (error instanceof AcquirerError) throw new AppError("acquirer_unavailable", "The acquirer did not answer the refund; nothing was refunded. Retry the request.");
      throw error;
    }
    if (!answer.ok) {
      throw new AppError("transaction_not_refundable", `The acquirer refused the refund (response code ${answer.responseCode}).`);
    }
    const [refund] = await tx
      .insert(schema.refunds)
      .values({
        id: createId("re"),
        merchantId: current.merchantId,
        mode: current.mode,
        transactionId: current.id,
        amount,
        currency: current.currency,
        reason: input.reason ?? null,
        description: input.description ?? null,
        metadata: input.metadata ?? {},
        status: "succeeded",
        acquirerReference: answer.refundReference,
        createdAt: clock.now(),
      })
      .returning();
    if (!refund) throw new Error("refund insert returned nothing");
    const refundedAmount = current.refundedAmount + amount;
    const transaction = await changeTransactionStatus(tx, clock, current, refundedAmount === current.capturedAmount ? "refunded" : "partially_refunded", {
      refundedAmount,
    });
    const view = toRefundView(refund);
    await recordEvent(tx, clock, {
      merchantId: current.merchantId,
      mode: current.mode,
      type: "refund.created",
      objectId: refund.id,
      data: view as unknown as Record<string, unknown>,
    });
    return { refund: view, transaction };
  });
}
