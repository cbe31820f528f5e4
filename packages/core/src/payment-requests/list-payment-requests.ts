import { type Database, schema } from "@jeton/db";
import { and, desc, eq, gt, lte, or, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { ownedWhere, scopedWhere, type Mode } from "../scope";
import type { PlatformUrls } from "../urls/platform-urls";
import { metadataContains } from "../views/metadata-filter";
import { toPaymentRequestView, type PaymentRequestView } from "./payment-request-view";

export const paymentRequestStatuses = ["open", "succeeded", "failed", "canceled", "expired"] as const;
export type PaymentRequestStatus = (typeof paymentRequestStatuses)[number];

export interface ListPaymentRequestsInput {
  merchantId: string;
  mode: Mode;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A payment request id from a previous page: the page continues with older requests. */
  startingAfter?: string | undefined;
  /** Any of these statuses, as the view shows them (an open request past its expiry is `expired`). */
  status?: readonly PaymentRequestStatus[] | undefined;
  /** Requests whose metadata holds every pair. */
  metadata?: Record<string, string> | undefined;
}

/**
 * The rows whose status, as the view shows it, is `status`: an open request
 * past its expiry reads as expired whether or not the sweep has written it
 * yet (effectiveStatus), so the filter asks the same question.
 */
function statusIs(table: typeof schema.paymentRequests, status: PaymentRequestStatus, now: Date): SQL {
  if (status === "open") return and(eq(table.status, "open"), gt(table.expiresAt, now))!;
  if (status === "expired") return or(eq(table.status, "expired"), and(eq(table.status, "open"), lte(table.expiresAt, now)))!;
  return eq(table.status, status);
}

/**
 * The merchant's payment requests (API-made and back-office payment links
 * alike) in one mode, newest first, by (createdAt, id) so requests made in
 * the same instant still page without gaps or repeats.
 */
export async function listPaymentRequests(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  input: ListPaymentRequestsInput,
): Promise<Page<PaymentRequestView>> {
  const limit = pageLimit(input.limit);
  const now = clock.now();
  const { paymentRequests: pr } = schema;
  const filters: (SQL | undefined)[] = [scopedWhere(pr, input)];
  if (input.status && input.status.length > 0) filters.push(or(...input.status.map((status) => statusIs(pr, status, now))));
  filters.push(metadataContains(pr.metadata, input.metadata));
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", `No such payment request: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("pr", input.startingAfter)) throw unknownCursor;
    const [cursor] = await db.select({ id: pr.id, createdAt: pr.createdAt }).from(pr).where(ownedWhere(pr, input, input.startingAfter));
    if (!cursor) throw unknownCursor;
    filters.push(seekAfter(pr, cursor, "newest_first"));
  }
  const rows = await db
    .select()
    .from(pr)
    .where(and(...filters))
    .orderBy(desc(pr.createdAt), desc(pr.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => toPaymentRequestView(row, urls.publicUrl, now));
}
