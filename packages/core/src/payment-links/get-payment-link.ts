import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { isId } from "../ids/create-id";
import type { PlatformUrls } from "../urls/platform-urls";
import { notFoundError, ownedWhere, type Mode } from "../scope";
import { toPaymentLinkView, type PaymentLinkView } from "./payment-link-view";

/**
 * One of the merchant's payment requests for the back-office, made there or
 * through the API, with who made it; another merchant's or another mode's is not found.
 */
export async function getPaymentLink(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  { merchantId, mode, id }: { merchantId: string; mode: Mode; id: string },
): Promise<PaymentLinkView> {
  const notFound = notFoundError("payment request", id);
  if (!isId("pr", id)) throw notFound;
  const { paymentRequests: pr, staffUsers } = schema;
  const [row] = await db
    .select({ link: pr, creatorEmail: staffUsers.email })
    .from(pr)
    .leftJoin(staffUsers, eq(staffUsers.id, pr.createdByUserId))
    .where(ownedWhere(pr, { merchantId, mode }, id));
  if (!row) throw notFound;
  return toPaymentLinkView(row.link, row.creatorEmail, urls.publicUrl, clock.now());
}
