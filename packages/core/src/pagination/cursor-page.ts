import { and, eq, gt, lt, or, type AnyColumn, type SQL } from "drizzle-orm";
import { AppError } from "../errors";
import type { Page } from "./list-view";

/**
 * Cursor pagination shared by every list: pages ordered by (createdAt, id),
 * a page continuing strictly after its cursor row, so rows created in the
 * same instant still page without gaps or repeats.
 */

/** The page size asked for: 1–100, default 20. */
export function pageLimit(limit: number | undefined): number {
  const value = limit ?? 20;
  if (!Number.isInteger(value) || value < 1 || value > 100) {
    throw new AppError("parameter_invalid", "limit must be an integer from 1 to 100.", { param: "limit" });
  }
  return value;
}

/** The rows after `cursor` in (createdAt, id) order: older ones for a newest-first list, newer ones for oldest-first. */
export function seekAfter(
  columns: { createdAt: AnyColumn; id: AnyColumn },
  cursor: { createdAt: Date; id: string },
  order: "newest_first" | "oldest_first",
): SQL {
  const beyond = order === "newest_first" ? lt : gt;
  return or(beyond(columns.createdAt, cursor.createdAt), and(eq(columns.createdAt, cursor.createdAt), beyond(columns.id, cursor.id))) as SQL;
}

/** Rows fetched with `limit + 1`: the page, whether another follows, and the cursor that reaches it. */
export function toPage<Row, View extends { id: string }>(rows: Row[], limit: number, view: (row: Row) => View): Page<View> {
  const data = rows.slice(0, limit).map(view);
  const hasMore = rows.length > limit;
  return { object: "list", data, hasMore, nextCursor: hasMore ? data[data.length - 1]!.id : null };
}

/** A list that is never paged (a customer's cards, an event's deliveries): the same shape, one page. */
export function wholeList<View>(data: View[]): Page<View> {
  return { object: "list", data, hasMore: false, nextCursor: null };
}
