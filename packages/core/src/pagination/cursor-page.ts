import { and, eq, gt, lt, or, type AnyColumn, type SQL } from "drizzle-orm";
import { AppError } from "../errors";

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

/** Rows fetched with `limit + 1`: the page, and whether another follows. */
export function toPage<Row, View>(rows: Row[], limit: number, view: (row: Row) => View): { object: "list"; data: View[]; hasMore: boolean } {
  return { object: "list", data: rows.slice(0, limit).map(view), hasMore: rows.length > limit };
}
