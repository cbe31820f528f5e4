import type { Database } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isOriginAllowed } from "../merchants/is-origin-allowed";
import { toTransactionStatusView, type TransactionStatusView } from "./transaction-status-view";
import { verifyClientSecret } from "./verify-client-secret";

/**
 * The status of a transaction, for token.js: the client secret is the only
 * credential. A browser `origin`, when there is one, must be registered for
 * the transaction's merchant.
 */
export async function getTransactionStatus(
  { db, clock }: { db: Database; clock: Clock },
  { clientSecret, transactionId, origin }: { clientSecret: string; transactionId?: string | undefined; origin?: string | null | undefined },
): Promise<TransactionStatusView> {
  const row = await verifyClientSecret({ db }, { clientSecret, transactionId });
  if (origin && !(await isOriginAllowed({ db }, origin, { merchantId: row.merchantId, mode: row.mode }))) {
    throw new AppError("origin_not_allowed", "This origin is not registered for this merchant.");
  }
  return toTransactionStatusView(row, clock.now());
}
