import { type Database, schema } from "@jeton/db";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { findScoped, type Mode } from "../scope";
import { metadataContains } from "../views/metadata-filter";
import { toRefundView, type RefundView } from "./refund-view";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";

export interface ListTransactionRefundsInput {
  merchantId: string;
  mode: Mode;
  transactionId: string;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A refund id from a previous page: the page continues with later refunds. */
  startingAfter?: string | undefined;
  /** Refunds whose metadata holds every pair. */
  metadata?: Record<string, string> | undefined;
}

/**
 * A merchant's transaction's refunds, oldest first (the order they were
 * made in), with cursor pagination. Another merchant's transaction is not
 * found, so an empty list never confirms that an id exists.
 */
export async function listTransactionRefunds(
  { db }: { db: Database },
  input: ListTransactionRefundsInput,
): Promise<Page<RefundView>> {
  const limit = pageLimit(input.limit);
  const { transactions, refunds } = schema;
  await findScoped(db, transactions, input, input.transactionId, { what: "transaction", prefix: "tx" });
  const filters: (SQL | undefined)[] = [eq(refunds.transactionId, input.transactionId), metadataContains(refunds.metadata, input.metadata)];
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", `No such refund: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("re", input.startingAfter)) throw unknownCursor;
    const [cursor] = await db
      .select({ id: refunds.id, createdAt: refunds.createdAt })
      .from(refunds)
      .where(and(eq(refunds.transactionId, input.transactionId), eq(refunds.id, input.startingAfter)));
    if (!cursor) throw unknownCursor;
    filters.push(seekAfter(refunds, cursor, "oldest_first"));
  }
  const rows = await db
    .select()
    .from(refunds)
    .where(and(...filters))
    .orderBy(asc(refunds.createdAt), asc(refunds.id))
    .limit(limit + 1);
  return toPage(rows, limit, toRefundView);
}
