import { schema } from "@jeton/db";
import { asc, eq } from "drizzle-orm";
import type { DatabaseExecutor } from "../events/record-event";
import { scopedWhere, type MerchantScope } from "../scope";
import { toTransactionView, type TransactionView } from "../transactions/transaction-view";

/** The review queue: the scope's payments held for review, the ones expiring first on top (at most 200). */
export async function listOpenReviews({ db }: { db: Pick<DatabaseExecutor, "select"> }, scope: MerchantScope): Promise<TransactionView[]> {
  const { transactions } = schema;
  const rows = await db
    .select()
    .from(transactions)
    .where(scopedWhere(transactions, scope, eq(transactions.reviewStatus, "open")))
    .orderBy(asc(transactions.reviewExpiresAt))
    .limit(200);
  return rows.map(toTransactionView);
}
