import { type Database, schema } from "@jeton/db";
import { and, desc, eq, gte, like, lt, or, type SQL } from "drizzle-orm";
import { merchantWhere } from "../scope";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { toAuditEntryView, type AuditEntryView, type AuditOutcome } from "./audit-entry-view";

export interface ListAuditEntriesInput {
  merchantId: string;
  /** `transaction.refund`, or a family: `login` also matches `login.password`, `login.second_factor`, … */
  action?: string | undefined;
  /** The staff member who acted. */
  userId?: string | undefined;
  outcome?: AuditOutcome | undefined;
  /** At or after this instant. */
  createdFrom?: Date | undefined;
  /** Strictly before this instant. */
  createdTo?: Date | undefined;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** An entry id from a previous page: the page continues with older entries. */
  startingAfter?: string | undefined;
}

const OUTCOMES: readonly AuditOutcome[] = ["success", "failure", "denied"];

/** A merchant's audit log, newest first, filtered, with cursor pagination (SPEC §8: who, what, when, from where, outcome). */
export async function listAuditEntries(
  { db }: { db: Database },
  input: ListAuditEntriesInput,
): Promise<Page<AuditEntryView>> {
  const limit = pageLimit(input.limit);
  const a = schema.auditLog;
  if (input.createdFrom && input.createdTo && input.createdFrom > input.createdTo) {
    throw new AppError("parameter_invalid", "The end date must not be before the start date.", { param: "createdTo" });
  }
  if (input.outcome !== undefined && !OUTCOMES.includes(input.outcome)) {
    throw new AppError("parameter_invalid", "outcome must be success, failure or denied.", { param: "outcome" });
  }
  const own = merchantWhere(a, input.merchantId);
  const filters: (SQL | undefined)[] = [own];
  if (input.action) {
    const action = input.action.slice(0, 100);
    // `_` and `%` are LIKE wildcards; action names contain `_`.
    const escaped = action.replace(/[\\%_]/g, (c) => `\\${c}`);
    filters.push(or(eq(a.action, action), like(a.action, `${escaped}.%`)));
  }
  if (input.userId) filters.push(eq(a.userId, input.userId));
  if (input.outcome) filters.push(eq(a.outcome, input.outcome));
  if (input.createdFrom) filters.push(gte(a.createdAt, input.createdFrom));
  if (input.createdTo) filters.push(lt(a.createdAt, input.createdTo));
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", `No such audit entry: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("aud", input.startingAfter)) throw unknownCursor;
    const [cursor] = await db.select({ id: a.id, createdAt: a.createdAt }).from(a).where(and(own, eq(a.id, input.startingAfter)));
    if (!cursor) throw unknownCursor;
    filters.push(seekAfter(a, cursor, "newest_first"));
  }
  const rows = await db
    .select()
    .from(a)
    .where(and(...filters))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(limit + 1);
  return toPage(rows, limit, toAuditEntryView);
}
