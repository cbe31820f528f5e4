import { type Database, schema } from "@jeton/db";
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { maskStoredCard } from "../cards/mask-card";
import { AppError } from "../errors";
import { scopedWhere, type Mode } from "../scope";
import { isCurrencyCode, toMajorString } from "../money/currencies";
import { seekAfter } from "../pagination/cursor-page";

type Row = typeof schema.transactions.$inferSelect;

export interface StreamTransactionsCsvInput {
  merchantId: string;
  mode: Mode;
  /** Created at or after this instant. */
  createdFrom: Date;
  /** Created strictly before this instant. */
  createdTo: Date;
  /** Rows read per query; memory holds one batch at a time. */
  batchSize?: number | undefined;
}

/** The export's columns, in order (the header line). */
export const TRANSACTION_CSV_COLUMNS = [
  "created_at",
  "authorized_at",
  "captured_at",
  "settled_at",
  "canceled_at",
  "transaction_id",
  "merchant_reference",
  "status",
  "amount",
  "captured",
  "refunded",
  "net",
  "currency",
  "brand",
  "card",
  "authorization_code",
  "response_code",
  "decline_code",
  "customer_email",
  "refund_count",
  "refund_ids",
] as const;

/**
 * The merchant's transactions created in [createdFrom, createdTo), oldest
 * first, as CSV lines (RFC 4180: comma-separated, CRLF-terminated, quoted
 * where needed), the header first. Rows are read in keyset-paginated
 * batches, so a year of payments streams in constant memory.
 *
 * For an accountant: instants in ISO 8601 UTC; amounts in major units with
 * the currency's own decimals and a dot (12.50 EUR, 1.250 TND, 1200 JPY);
 * `captured` is what was captured and not voided afterwards (0 for a
 * canceled payment), `net` = captured − refunded. A cell that a spreadsheet
 * would read as a formula (starting with = + - @, tab or CR) is prefixed
 * with `'`: references and emails are the shopper's or merchant's text.
 */
export async function* streamTransactionsCsv(
  { db }: { db: Database },
  input: StreamTransactionsCsvInput,
): AsyncGenerator<string, void, undefined> {
  const { createdFrom, createdTo } = input;
  if (Number.isNaN(createdFrom.getTime()) || Number.isNaN(createdTo.getTime()) || createdFrom >= createdTo) {
    throw new AppError("parameter_invalid", "The range must start before it ends.", { param: "to" });
  }
  const batchSize = input.batchSize ?? 500;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error("batchSize must be a positive integer");
  const { transactions: t, refunds } = schema;
  const range = scopedWhere(t, input, gte(t.createdAt, createdFrom), lt(t.createdAt, createdTo));

  yield csvLine(TRANSACTION_CSV_COLUMNS);
  let cursor: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const rows: Row[] = await db
      .select()
      .from(t)
      .where(cursor ? and(range, seekAfter(t, cursor, "oldest_first")) : range)
      .orderBy(asc(t.createdAt), asc(t.id))
      .limit(batchSize);
    if (rows.length === 0) return;
    const refundRows = await db
      .select({ id: refunds.id, transactionId: refunds.transactionId })
      .from(refunds)
      .where(and(inArray(refunds.transactionId, rows.map((row) => row.id)), eq(refunds.status, "succeeded")))
      .orderBy(asc(refunds.createdAt), asc(refunds.id));
    const refundIds = new Map<string, string[]>();
    for (const refund of refundRows) refundIds.set(refund.transactionId, [...(refundIds.get(refund.transactionId) ?? []), refund.id]);
    for (const row of rows) yield csvLine(cellsOf(row, refundIds.get(row.id) ?? []));
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}

function cellsOf(row: Row, refundIds: string[]): string[] {
  const major = (amount: number) => (isCurrencyCode(row.currency) ? toMajorString(amount, row.currency) : String(amount));
  const captured = row.status === "canceled" ? 0 : row.capturedAmount;
  const at = (date: Date | null) => date?.toISOString() ?? "";
  return [
    at(row.createdAt),
    at(row.authorizedAt),
    at(row.capturedAt),
    at(row.settledAt),
    at(row.canceledAt),
    row.id,
    row.merchantReference ?? "",
    row.status,
    major(row.amount),
    major(captured),
    major(row.refundedAmount),
    major(captured - row.refundedAmount),
    row.currency,
    row.brand,
    maskStoredCard(row),
    row.authorizationCode ?? "",
    row.responseCode ?? "",
    row.declineCode ?? "",
    row.customerEmail ?? "",
    String(refundIds.length),
    refundIds.join(" "),
  ];
}

/** One CSV record: formula-looking cells neutralised, then quoted per RFC 4180 when they hold a comma, quote or line break. */
function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
