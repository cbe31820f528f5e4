import { type Database, schema } from "@jeton/db";
import { and, asc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import { scopedWhere } from "../scope";
import { changeTransactionStatus } from "./change-transaction-status";
import { toSettlementView, type SettlementView } from "./settlement-view";

export interface SettleTransactionsOptions {
  /** Transactions captured before this instant are settled; now when absent. Never in the future. */
  cutoffAt?: Date | undefined;
  /** Transactions settled per database transaction. */
  batchSize?: number | undefined;
  /**
   * Only this merchant's test data: the back-office's "run the settlement
   * now" for trying refunds without waiting for the daily cut-off. Live data
   * is only ever settled by the platform-wide cut-off.
   */
  scope?: { merchantId: string; mode: "test" } | undefined;
}

export interface SettleTransactionsResult {
  settlement: SettlementView;
  /** Transactions this run settled (another run for the same cut-off may have settled others). */
  settled: number;
  /** A settlement covering this cut-off existed already; this run only swept what it had left. */
  alreadyRun: boolean;
}

/**
 * The settlement cut-off (SPEC §1): every `captured` transaction captured
 * before the cut-off becomes `settled`, for all merchants, in batches of
 * their own database transactions. A run first claims its settlement row
 * under an advisory lock, reusing the one that already covers the cut-off,
 * so the daily timer of several instances and an operator's `jeton settle`
 * make one settlement per cut-off. Rows are taken with `FOR UPDATE SKIP
 * LOCKED` and changed only from `captured`, so two runs at once never settle
 * a transaction twice and never wait on a capture, cancel or refund in
 * flight (what they skip, the next run settles). A run scoped to one
 * merchant's test data makes a settlement row of its own and settles
 * nothing else.
 */
export async function settleTransactions(
  { db, clock }: { db: Database; clock: Clock },
  options: SettleTransactionsOptions = {},
): Promise<SettleTransactionsResult> {
  const now = clock.now();
  const cutoffAt = options.cutoffAt ?? now;
  const batchSize = options.batchSize ?? 500;
  if (Number.isNaN(cutoffAt.getTime()) || cutoffAt.getTime() > now.getTime()) {
    throw new AppError("parameter_invalid", "The cut-off must be a valid instant, not in the future.", { param: "cutoff" });
  }
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error("batchSize must be a positive integer");
  const scope = options.scope;
  // The type says so already; this guards callers that build the scope from a request.
  if (scope && scope.mode !== "test") throw new AppError("parameter_invalid", "Only test data can be settled on demand.", { param: "mode" });

  const claim = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jeton.settlements'))`);
    // A scoped run is its own batch: it must not stand for (or reuse) the platform's cut-off.
    if (scope) return { row: await insertSettlement(tx, cutoffAt, now, scope), alreadyRun: false };
    const [existing] = await tx
      .select()
      .from(schema.settlements)
      .where(
        and(
          gte(schema.settlements.cutoffAt, cutoffAt),
          isNull(schema.settlements.merchantId),
        ),
      )
      .orderBy(asc(schema.settlements.cutoffAt))
      .limit(1);
    if (existing) return { row: existing, alreadyRun: true };
    return { row: await insertSettlement(tx, cutoffAt, now, null), alreadyRun: false };
  });
  const settlementId = claim.row.id;

  let settled = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(schema.transactions)
        .where(
          and(
            eq(schema.transactions.status, "captured"),
            lt(schema.transactions.capturedAt, cutoffAt),
            scope ? scopedWhere(schema.transactions, scope) : undefined,
          ),
        )
        .orderBy(asc(schema.transactions.capturedAt))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      for (const row of due) await changeTransactionStatus(tx, clock, row, "settled", { settlementId });
      if (due.length > 0) {
        await tx
          .update(schema.settlements)
          .set({ transactionCount: sql`${schema.settlements.transactionCount} + ${due.length}` })
          .where(eq(schema.settlements.id, settlementId));
      }
      return due.length;
    });
    settled += count;
    if (count < batchSize) break;
  }

  const [row] = await db.select().from(schema.settlements).where(eq(schema.settlements.id, settlementId));
  if (!row) throw new Error(`settlement ${settlementId} vanished`);
  return { settlement: toSettlementView(row), settled, alreadyRun: claim.alreadyRun };
}

async function insertSettlement(db: Database, cutoffAt: Date, now: Date, scope: SettleTransactionsOptions["scope"] | null) {
  const [created] = await db
    .insert(schema.settlements)
    .values({ id: createId("stl"), cutoffAt, transactionCount: 0, createdAt: now, merchantId: scope?.merchantId ?? null, mode: scope?.mode ?? null })
    .returning();
  if (!created) throw new Error("settlement insert returned nothing");
  return created;
}
