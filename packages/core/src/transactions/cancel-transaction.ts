import type { Database, schema } from "@jeton/db";
import { AcquirerError } from "../acquirer/acquirer";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { Mode } from "../merchants/create-api-key";
import { changeTransactionStatus } from "./change-transaction-status";
import { lockTransaction } from "./lock-transaction";

type Row = typeof schema.transactions.$inferSelect;

/**
 * Cancels an authorization, or a capture before the settlement cut-off took
 * it (SPEC §1: after settlement only a refund gives money back). The row
 * lock orders it against a settlement run: whichever comes first wins.
 */
export async function cancelTransaction(
  { db, clock, acquirers }: { db: Database; clock: Clock; acquirers: AcquirerRegistry },
  input: { merchantId: string; mode: Mode; transactionId: string },
): Promise<Row> {
  return db.transaction(async (tx) => {
    const current = await lockTransaction(tx, input);
    if (current.status !== "authorized" && current.status !== "captured") {
      const hint = current.status === "settled" || current.status === "partially_refunded" ? " it is settled; refund it instead." : ` it is ${current.status}.`;
      throw new AppError("transaction_not_cancelable", `Transaction ${current.id} cannot be canceled:${hint}`);
    }
    if (!current.acquirerReference) throw new Error(`${current.status} transaction ${current.id} has no acquirer reference`);
    let answer;
    try {
      answer = await acquirerFor(acquirers, current.mode).cancel({ acquirerReference: current.acquirerReference });
    } catch (error) {
      if (error instanceof AcquirerError) throw new AppError("acquirer_unavailable", "The acquirer did not answer the cancel; nothing was canceled. Retry the request.");
      throw error;
    }
    if (!answer.ok) {
      throw new AppError("transaction_not_cancelable", `The acquirer refused the cancel (response code ${answer.responseCode}).`);
    }
    return changeTransactionStatus(tx, clock, current, "canceled");
  });
}
