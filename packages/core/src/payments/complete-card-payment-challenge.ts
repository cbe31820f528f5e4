import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { readThreeDsOutcome } from "../three-ds/read-three-ds-outcome";
import type { Vault } from "../vault/create-vault";
import { recordAttemptOutcome } from "../payment-requests/record-attempt-outcome";
import { isCardBlacklisted } from "../risk/is-card-blacklisted";
import type { PlatformUrls } from "../urls/platform-urls";
import { authorizeCardPayment } from "./authorize-card-payment";
import { blockCardPayment } from "./block-card-payment";
import { reassessAfterChallenge } from "../risk/reassess-after-challenge";
import { blacklistRisk } from "../risk/risk-assessment-view";
import type { RiskDeps } from "../risk/risk-settings";
import { changeTransactionStatus } from "../transactions/change-transaction-status";

type Row = typeof schema.transactions.$inferSelect;

/** The outcomes that pay a payment request. */
export function isPaid(status: Row["status"]): boolean {
  return status === "authorized" || status === "captured";
}

/**
 * Finishes a transaction waiting on a 3-D Secure challenge once the ACS has
 * decided. The outcome is read from the 3DS server's own record, never from
 * the `cres` the browser relays, and the transaction row is locked so a
 * notification posted twice authorizes once. Still-pending challenges are
 * returned unchanged.
 */
export async function completeCardPaymentChallenge(
  deps: { db: Database; vault: Vault; clock: Clock; acquirers: AcquirerRegistry; urls: PlatformUrls } & RiskDeps,
  { threeDSServerTransID }: { threeDSServerTransID: string },
): Promise<Row> {
  const outcome = await readThreeDsOutcome(deps, { threeDSServerTransID });
  const [peek] = await deps.db
    .select({ paymentRequestId: schema.transactions.paymentRequestId })
    .from(schema.transactions)
    .where(eq(schema.transactions.id, outcome.transactionId));
  if (!peek) throw new AppError("resource_not_found", "No transaction for this authentication.");
  return deps.db.transaction(async (db) => {
    // Payment request first, then transaction: the order new attempts lock in too.
    if (peek.paymentRequestId) {
      await db.select({ id: schema.paymentRequests.id }).from(schema.paymentRequests).where(eq(schema.paymentRequests.id, peek.paymentRequestId)).for("update");
    }
    const [transaction] = await db.select().from(schema.transactions).where(eq(schema.transactions.id, outcome.transactionId)).for("update");
    if (!transaction) throw new AppError("resource_not_found", "No transaction for this authentication.");
    if (transaction.status !== "requires_action") return transaction;
    const threeDs = { ...outcome.result, challenged: true } as unknown as Record<string, unknown>;
    let finished: Row;
    switch (outcome.status) {
      case "Y":
      case "A": {
        // A card blacklisted while its holder was at the bank is still refused before authorization.
        const blacklisted = await isCardBlacklisted({ db }, { merchantId: transaction.merchantId, fingerprint: transaction.fingerprint });
        if (blacklisted) {
          finished = await blockCardPayment({ ...deps, db }, transaction, blacklistRisk(blacklisted, deps.clock.now()), { threeDs });
          break;
        }
        // The rules again, now with the 3-D Secure outcome (liability shift), before the authorization.
        const risk = await reassessAfterChallenge({ ...deps, db }, transaction, { transStatus: outcome.result.transStatus, liabilityShift: outcome.result.liabilityShift });
        finished =
          risk?.outcome === "block"
            ? await blockCardPayment({ ...deps, db }, transaction, risk.stored, { threeDs })
            : await authorizeCardPayment({ ...deps, db }, transaction, { ...outcome.result, challenged: true }, undefined, risk ?? undefined);
        break;
      }
      case "N":
      case "R":
      case "canceled":
        finished = await changeTransactionStatus(db, deps.clock, transaction, "authentication_failed", { threeDs, actionExpiresAt: null });
        break;
      case "expired":
        finished = await changeTransactionStatus(db, deps.clock, transaction, "expired", { threeDs, actionExpiresAt: null });
        break;
      default:
        return transaction;
    }
    if (finished.paymentRequestId) {
      await recordAttemptOutcome(db, deps, {
        paymentRequestId: finished.paymentRequestId,
        outcome: isPaid(finished.status) ? { succeeded: true, transactionId: finished.id } : { succeeded: false },
      });
    }
    return finished;
  });
}
