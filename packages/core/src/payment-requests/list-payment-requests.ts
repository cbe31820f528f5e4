import { type Database, schema } from "@jeton/db";
import { and, desc, eq, gt, ilike, isNotNull, isNull, lte, or, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { scopedWhere, type Mode } from "../scope";
import type { PlatformUrls } from "../urls/platform-urls";
import { metadataContains } from "../views/metadata-filter";
import { toPaymentRequestView, type PaymentRequestView } from "./payment-request-view";

export type PaymentRequestStatus = PaymentRequestView["status"];
export const paymentRequestStatuses = ["open", "succeeded", "failed", "canceled", "expired"] as const satisfies readonly PaymentRequestStatus[];

export interface ListPaymentRequestsInput {
  merchantId: string;
  mode: Mode;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A payment request id from a previous page: the page continues with older requests. */
  startingAfter?: string | undefined;
  /**
   * The effective status, or any of several: `open` is open and not yet past
   * its expiry, `expired` includes open requests past their expiry that no
   * sweep has written yet.
   */
  status?: PaymentRequestStatus | readonly PaymentRequestStatus[] | undefined;
  /** Part of the merchant reference or of the customer email (case-insensitive), or a whole `pr_…` id. */
  search?: string | undefined;
  /** Who made it: staff in the back-office (a payment link) or the API. */
  createdBy?: "staff" | "api" | undefined;
  /** Requests whose metadata holds every pair. */
  metadata?: Record<string, string> | undefined;
}

/** `%` and `_` typed by someone searching are letters, not wildcards. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The rows whose status, as the view shows it (effectiveStatus), is `status`. */
function statusIs(pr: typeof schema.paymentRequests, status: PaymentRequestStatus, now: Date): SQL {
  if (!(paymentRequestStatuses as readonly string[]).includes(status)) {
    throw new AppError("parameter_invalid", `status must be one of ${paymentRequestStatuses.join(", ")}.`, { param: "status" });
  }
  if (status === "open") return and(eq(pr.status, "open"), gt(pr.expiresAt, now))!;
  if (status === "expired") return or(eq(pr.status, "expired"), and(eq(pr.status, "open"), lte(pr.expiresAt, now)))!;
  return eq(pr.status, status);
}

/**
 * The payment requests of a merchant in one mode, whoever made them (API or
 * back-office), newest first, with their effective status; filtered by that
 * status, by a search text, by who made them and by metadata. The one list
 * query for the API's list and the back-office's. Rows are ordered by
 * (createdAt, id), so requests made in the same instant still page without
 * gaps or repeats.
 */
export async function listPaymentRequests(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  input: ListPaymentRequestsInput,
): Promise<Page<PaymentRequestView>> {
  const limit = pageLimit(input.limit);
  const now = clock.now();
  const { paymentRequests: pr } = schema;
  const filters: (SQL | undefined)[] = [];
  const statuses = input.status === undefined ? [] : typeof input.status === "string" ? [input.status] : input.status;
  if (statuses.length > 0) filters.push(or(...statuses.map((status) => statusIs(pr, status, now))));
  const search = input.search?.trim();
  if (search) {
    if (search.length > 254) throw new AppError("parameter_invalid", "search is 254 characters at most.", { param: "search" });
    const pattern = containing(search);
    filters.push(or(ilike(pr.merchantReference, pattern), ilike(pr.customerEmail, pattern), isId("pr", search) ? eq(pr.id, search) : undefined));
  }
  if (input.createdBy === "staff") filters.push(isNotNull(pr.createdByUserId));
  else if (input.createdBy === "api") filters.push(isNull(pr.createdByUserId));
  filters.push(metadataContains(pr.metadata, input.metadata));
  const own = scopedWhere(pr, input);
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", `No such payment request: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("pr", input.startingAfter)) throw unknownCursor;
    const [cursor] = await db
      .select({ id: pr.id, createdAt: pr.createdAt })
      .from(pr)
      .where(and(own, eq(pr.id, input.startingAfter)));
    if (!cursor) throw unknownCursor;
    filters.push(seekAfter(pr, cursor, "newest_first"));
  }
  const rows = await db
    .select()
    .from(pr)
    .where(and(own, ...filters))
    .orderBy(desc(pr.createdAt), desc(pr.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => toPaymentRequestView(row, urls.publicUrl, now));
}
