import type { Database, schema } from "@jeton/db";
import { AcquirerError } from "../acquirer/acquirer";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { Mode } from "../merchants/create-api-key";
import { changeTransactionStatus } from "./change-transaction-status";
import { lockTransaction } from "./lock-transaction";

type Row = typeof schema.transactions.$inferSelect;

/** A manual-capture authorization can be captured for this long (SPEC §1). */
export const CAPTURE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export interface CaptureTransactionInput {
  merchantId: string;
  mode: Mode;
  transactionId: string;
  /** Minor units, at most the authorized amount; the whole authorization when absent. */
  amount?: number | undefined;
}

/**
 * Captures all or part of a manual-capture authorization within its 7 days.
 * The row stays locked while the acquirer is asked, so a second capture sent
 * at the same moment waits and then finds the transaction `captured`.
 */
export async function captureTransaction(
  { db, clock, acquirers }: { db: Database; clock: Clock; acquirers: AcquirerRegistry },
  input: CaptureTransactionInput,
): Promise<Row> {
  if (input.amount !== undefined && (!Number.isSafeInteger(input.amount) || input.amount <= 0)) {
    throw new AppError("parameter_invalid", "amount must be a positive integer in the currency's minor unit.", { param: "amount" });
  }
  return db.transaction(async (tx) => {
    const current = await lockTransaction(tx, input);
    if (current.status !== "authorized" || current.captureMode === "automatic") {
      const why = current.status === "authorized" ? "it is captured automatically" : `it is ${current.status}`;
      throw new AppError("transaction_not_capturable", `Transaction ${current.id} cannot be captured: ${why}.`);
    }
    if (current.reviewStatus === "open") {
      throw new AppError("transaction_not_capturable", `Transaction ${current.id} cannot be captured: it is held for a risk review; staff approve or reject it in the back-office.`);
    }
    const authorizedAt = current.authorizedAt ?? current.createdAt;
    if (clock.now().getTime() - authorizedAt.getTime() > CAPTURE_WINDOW_MS) {
      throw new AppError("transaction_not_capturable", `Transaction ${current.id} cannot be captured: its 7-day capture window has closed.`);
    }
    const amount = input.amount ?? current.amount;
    if (amount > current.amount) {
      throw new AppError("capture_exceeds_authorized", `The capture (${amount}) is more than the authorized amount (${current.amount}).`, {
        param: "amount",
      });
    }
    if (!current.acquirerReference) throw new Error(`authorized transaction ${current.id} has no acquirer reference`);
    let answer;
    try {
      answer = await acquirerFor(acquirers, current.mode).capture({ acquirerReference: current.acquirerReference, amount, currency: current.currency });
    } catch (error) {
      if (error instanceof AcquirerError) throw new AppError("acquirer_unavailable", "The acquirer did not answer the capture; nothing was captured. Retry the request.");
      throw error;
    }
    if (!answer.ok) {
      throw new AppError("transaction_not_capturable", `The acquirer refused the capture (response code ${answer.responseCode}).`);
    }
    return changeTransactionStatus(tx, clock, current, "captured", { capturedAmount: amount });
  });
}
