import { type Database, schema } from "@jeton/db";
import { and, desc, eq, isNotNull, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { scopedWhere, type Mode } from "../scope";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import type { PlatformUrls } from "../urls/platform-urls";
import { toPaymentLinkView, type PaymentLinkView } from "./payment-link-view";

export interface ListPaymentLinksInput {
  merchantId: string;
  mode: Mode;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A payment link id from a previous page: the page continues with older links. */
  startingAfter?: string | undefined;
}

/**
 * The payment links of a merchant in one mode (the payment requests its staff
 * made in the back-office), newest first, with their effective status (an open
 * link past its expiry reads `expired` before the sweep has written it).
 */
export async function listPaymentLinks(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  input: ListPaymentLinksInput,
): Promise<Page<PaymentLinkView>> {
  const limit = pageLimit(input.limit);
  const { paymentRequests: pr, staffUsers } = schema;
  const own = scopedWhere(pr, input, isNotNull(pr.createdByUserId));
  const filters: (SQL | undefined)[] = [own];
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", `No such payment link: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("pr", input.startingAfter)) throw unknownCursor;
    const [cursor] = await db
      .select({ id: pr.id, createdAt: pr.createdAt })
      .from(pr)
      .where(and(own, eq(pr.id, input.startingAfter)));
    if (!cursor) throw unknownCursor;
    filters.push(seekAfter(pr, cursor, "newest_first"));
  }
  const rows = await db
    .select({ link: pr, creatorEmail: staffUsers.email })
    .from(pr)
    .leftJoin(staffUsers, eq(staffUsers.id, pr.createdByUserId))
    .where(and(...filters))
    .orderBy(desc(pr.createdAt), desc(pr.id))
    .limit(limit + 1);
  const now = clock.now();
  return toPage(rows, limit, ({ link, creatorEmail }) => toPaymentLinkView(link, creatorEmail, urls.publicUrl, now));
}
