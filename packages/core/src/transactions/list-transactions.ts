import { type Database, schema } from "@jeton/db";
import { and, asc, desc, eq, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { scopedWhere, type Mode } from "../scope";
import type { TransactionStatus } from "./transaction-state-machine";
import { toTransactionView, type TransactionView } from "./transaction-view";
import { metadataContains } from "../views/metadata-filter";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";

export interface ListTransactionsInput {
  merchantId: string;
  mode: Mode;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A transaction id from a previous page: the page continues with older transactions. */
  startingAfter?: string | undefined;
  /**
   * A transaction id from a later page: the page holds the transactions just
   * newer than it (still newest first), and `hasMore` says whether newer ones
   * remain. For "previous page" links; not with `startingAfter`.
   */
  endingBefore?: string | undefined;
  /** Created at or after this instant. */
  createdFrom?: Date | undefined;
  /** Created strictly before this instant (a half-open range: from 1 Nov to 1 Dec is November). */
  createdTo?: Date | undefined;
  /** Any of these statuses. */
  status?: readonly TransactionStatus[] | undefined;
  merchantReference?: string | undefined;
  /** Exact amount, minor units. */
  amount?: number | undefined;
  amountMin?: number | undefined;
  amountMax?: number | undefined;
  currency?: string | undefined;
  /** Exact match, case-insensitive. */
  customerEmail?: string | undefined;
  last4?: string | undefined;
  /** The card brand as stored: `visa`, `mastercard`, `amex`, … */
  brand?: string | undefined;
  customerId?: string | undefined;
  /** A subscription's charges, or an instalment plan's. */
  subscriptionId?: string | undefined;
  installmentPlanId?: string | undefined;
  /** Transactions whose metadata holds every pair. */
  metadata?: Record<string, string> | undefined;
}

/**
 * The merchant's transactions in one mode, newest first, filtered, with
 * cursor pagination. Rows are ordered by (createdAt, id), and a page
 * continues strictly after its cursor in that order, so a walk through every
 * page sees each transaction exactly once even when many share an instant
 * and new ones arrive meanwhile (they land before the first page).
 */
export async function listTransactions(
  { db }: { db: Database },
  input: ListTransactionsInput,
): Promise<Page<TransactionView>> {
  const limit = pageLimit(input.limit);
  if (input.createdFrom && input.createdTo && input.createdFrom > input.createdTo) {
    throw new AppError("parameter_invalid", "createdTo must not be before createdFrom.", { param: "createdTo" });
  }
  if (input.amountMin !== undefined && input.amountMax !== undefined && input.amountMin > input.amountMax) {
    throw new AppError("parameter_invalid", "amountMax must not be less than amountMin.", { param: "amountMax" });
  }
  const { transactions: t } = schema;
  const own = scopedWhere(t, input);
  const filters: (SQL | undefined)[] = [own];
  if (input.createdFrom) filters.push(gte(t.createdAt, input.createdFrom));
  if (input.createdTo) filters.push(lt(t.createdAt, input.createdTo));
  if (input.status && input.status.length > 0) filters.push(inArray(t.status, [...input.status]));
  if (input.merchantReference !== undefined) filters.push(eq(t.merchantReference, input.merchantReference));
  if (input.amount !== undefined) filters.push(eq(t.amount, input.amount));
  if (input.amountMin !== undefined) filters.push(gte(t.amount, input.amountMin));
  if (input.amountMax !== undefined) filters.push(lte(t.amount, input.amountMax));
  if (input.currency !== undefined) filters.push(eq(t.currency, input.currency));
  if (input.customerEmail !== undefined) filters.push(sql`lower(${t.customerEmail}) = ${input.customerEmail.toLowerCase()}`);
  if (input.last4 !== undefined) filters.push(eq(t.last4, input.last4));
  if (input.brand !== undefined) filters.push(eq(t.brand, input.brand));
  if (input.customerId !== undefined) filters.push(eq(t.customerId, input.customerId));
  if (input.subscriptionId !== undefined) filters.push(eq(t.subscriptionId, input.subscriptionId));
  if (input.installmentPlanId !== undefined) filters.push(eq(t.installmentPlanId, input.installmentPlanId));
  filters.push(metadataContains(t.metadata, input.metadata));
  if (input.startingAfter !== undefined && input.endingBefore !== undefined) {
    throw new AppError("parameter_invalid", "Give startingAfter or endingBefore, not both.", { param: "endingBefore" });
  }
  const cursorOf = async (id: string, param: string) => {
    const unknownCursor = new AppError("resource_not_found", `No such transaction: ${id.slice(0, 100)}`, { param });
    if (!isId("tx", id)) throw unknownCursor;
    const [cursor] = await db
      .select({ id: t.id, createdAt: t.createdAt })
      .from(t)
      .where(and(own, eq(t.id, id)));
    if (!cursor) throw unknownCursor;
    return cursor;
  };
  if (input.startingAfter !== undefined) filters.push(seekAfter(t, await cursorOf(input.startingAfter, "startingAfter"), "newest_first"));
  if (input.endingBefore !== undefined) {
    // Walk the other way from the cursor (oldest first), then show the page in the list's own order.
    filters.push(seekAfter(t, await cursorOf(input.endingBefore, "endingBefore"), "oldest_first"));
    const rows = await db
      .select()
      .from(t)
      .where(and(...filters))
      .orderBy(asc(t.createdAt), asc(t.id))
      .limit(limit + 1);
    const page = toPage(rows, limit, toTransactionView);
    return { ...page, data: page.data.reverse() };
  }
  const rows = await db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(limit + 1);
  return toPage(rows, limit, toTransactionView);
}
