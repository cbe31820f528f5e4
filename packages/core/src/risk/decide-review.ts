import { type Database, schema } from "@jeton/db";
import { and, asc, eq, lte, type SQL } from "drizzle-orm";
import { AcquirerError } from "../acquirer/acquirer";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import { recordAuditEntry } from "../audit/record-audit-entry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { followsClock, transactionCustomer } from "../recurring/clock-scope";
import type { MerchantScope } from "../scope";
import { changeTransactionStatus } from "../transactions/change-transaction-status";
import { lockTransaction } from "../transactions/lock-transaction";
import { refundTransaction } from "../transactions/refund-transaction";
import { recordReviewEvent } from "./record-review-event";
import type { RiskRuleActor } from "./risk-rule-actor";

type Row = typeof schema.transactions.$inferSelect;
type Deps = { db: Database; clock: Clock; acquirers: AcquirerRegistry };

async function acquirerCall<T>(call: () => Promise<T>, what: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AcquirerError) throw new AppError("acquirer_unavailable", `The acquirer did not answer the ${what}; nothing changed. Retry.`);
    throw error;
  }
}

/**
 * Closes a review: `approved` lets the capture go ahead (at once for
 * automatic capture; a manual-capture payment is then the merchant's to
 * capture); `rejected` and `expired` give the money back — the
 * authorization (or a capture before the cut-off) is canceled, a settled
 * payment refunded in full. The row stays locked throughout, so staff and
 * the expiry sweep cannot both decide.
 */
async function closeReview(deps: Deps, db: Database, current: Row, decision: "approved" | "rejected" | "expired"): Promise<Row> {
  if (current.reviewStatus !== "open") throw new AppError("review_not_open", `Transaction ${current.id} is not waiting for a risk review.`);
  const { clock } = deps;
  const [closed] = await db
    .update(schema.transactions)
    .set({ reviewStatus: decision, updatedAt: clock.now() })
    .where(and(eq(schema.transactions.id, current.id), eq(schema.transactions.reviewStatus, "open")))
    .returning();
  if (!closed) throw new AppError("review_not_open", `Transaction ${current.id} is not waiting for a risk review.`);
  let row = closed;
  const acquirer = acquirerFor(deps.acquirers, row.mode);
  if (decision === "approved") {
    if (row.status === "authorized" && row.captureMode === "automatic" && row.acquirerReference) {
      const reference = row.acquirerReference;
      const answer = await acquirerCall(() => acquirer.capture({ acquirerReference: reference, amount: row.amount, currency: row.currency }), "capture");
      if (answer.ok) row = await changeTransactionStatus(db, clock, row, "captured", { capturedAmount: row.amount });
    }
  } else if ((row.status === "authorized" || row.status === "captured") && row.acquirerReference) {
    const reference = row.acquirerReference;
    const answer = await acquirerCall(() => acquirer.cancel({ acquirerReference: reference }), "cancel");
    if (!answer.ok) throw new AppError("transaction_not_cancelable", `The acquirer refused the cancel (response code ${answer.responseCode}).`);
    row = await changeTransactionStatus(db, clock, row, "canceled");
  }
  await recordReviewEvent(db, clock, row, "review.closed");
  return row;
}

/** Staff approve or reject a payment held for review (audited). */
export async function decideReview(
  deps: Deps,
  scope: MerchantScope,
  input: { transactionId: string; decision: "approve" | "reject" },
  /** null: the caller audits (the back-office's staffMutation does). */
  actor: RiskRuleActor | null,
): Promise<Row> {
  const row = await deps.db.transaction(async (db) => {
    const current = await lockTransaction(db, { ...scope, transactionId: input.transactionId });
    const closed = await closeReview(deps, db, current, input.decision === "approve" ? "approved" : "rejected");
    if (actor) await recordAuditEntry(
      { db, clock: deps.clock },
      { merchantId: scope.merchantId, ...actor, action: `review.${input.decision}`, targetType: "transaction", targetId: current.id, mode: scope.mode, outcome: "success", details: { status: closed.status } },
    );
    return closed;
  });
  // A rejected payment already settled (captured by the merchant before the review closed): refunded in full.
  if (input.decision === "reject" && (row.status === "settled" || row.status === "partially_refunded")) {
    await refundTransaction(deps, { ...scope, transactionId: row.id, amount: row.amount - row.refundedAmount });
  }
  return row;
}

/**
 * The sweep: reviews nobody decided within JETON_RISK_REVIEW_HOURS are
 * closed as `expired`, which is a rejection (the safe side: money is not
 * taken on a payment nobody vouched for). Each in its own transaction; a
 * review decided meanwhile is skipped. `testClockId` picks the clock: a test
 * clock's customers' reviews expire when it is advanced (docs/recurring.md).
 */
export async function expireOpenReviews(deps: Deps, options: { limit?: number; testClockId?: string | null } = {}): Promise<Row[]> {
  const { transactions } = schema;
  const due = await deps.db
    .select({ id: transactions.id, merchantId: transactions.merchantId, mode: transactions.mode })
    .from(transactions)
    .where(reviewExpiryDue(deps.clock.now(), options.testClockId ?? null))
    .orderBy(asc(transactions.reviewExpiresAt))
    .limit(options.limit ?? 100);
  const expired: Row[] = [];
  for (const { id, merchantId, mode } of due) {
    try {
      expired.push(
        await deps.db.transaction(async (db) => {
          const current = await lockTransaction(db, { merchantId, mode, transactionId: id });
          return closeReview(deps, db, current, "expired");
        }),
      );
    } catch (error) {
      if (!(error instanceof AppError && error.code === "review_not_open")) throw error;
    }
  }
  return expired;
}

/** Reviews undecided by `until`, of one clock's customers. */
export function reviewExpiryDue(until: Date, testClockId: string | null): SQL {
  const t = schema.transactions;
  return and(eq(t.reviewStatus, "open"), lte(t.reviewExpiresAt, until), followsClock(transactionCustomer, testClockId))!;
}
