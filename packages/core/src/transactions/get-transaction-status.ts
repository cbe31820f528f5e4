import type { Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isOriginAllowed } from "../merchants/is-origin-allowed";
import { shopperFacingRefusal } from "../card-testing/shopper-decline";
import { verifyClientSecret } from "./verify-client-secret";

type Row = typeof schema.transactions.$inferSelect;

/**
 * What a browser holding the client secret may learn: the outcome, never the
 * card or the amounts. A lost, stolen, fraud-suspected or blocked card reads
 * `declined` / `card_declined` (shopper-decline.ts); the merchant reads the
 * precise code with its secret key.
 */
export interface TransactionStatusView {
  id: string;
  object: "transaction_status";
  status: Exclude<Row["status"], "blocked">;
  declineCode: string | null;
  /** While `requires_action`: when the challenge turns `expired` if nobody completes it. */
  actionExpiresAt: string | null;
}

/** A challenge past its deadline is reported `expired` at once, before the sweep writes it. */
export function toTransactionStatusView(row: Row, now: Date): TransactionStatusView {
  const lapsed = row.status === "requires_action" && row.actionExpiresAt !== null && row.actionExpiresAt <= now;
  const shown = shopperFacingRefusal({ status: lapsed ? "expired" : row.status, declineCode: row.declineCode });
  return {
    id: row.id,
    object: "transaction_status",
    status: shown.status === "blocked" ? "declined" : shown.status,
    declineCode: shown.declineCode,
    actionExpiresAt: row.status === "requires_action" && !lapsed ? (row.actionExpiresAt?.toISOString() ?? null) : null,
  };
}

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
