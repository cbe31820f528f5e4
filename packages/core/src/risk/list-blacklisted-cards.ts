import { type Database, schema } from "@jeton/db";
import { and, desc, eq, lt, or } from "drizzle-orm";
import { merchantWhere } from "../scope";
import { AppError } from "../errors";
import { pageLimit, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import type { Vault } from "../vault/create-vault";
import { toBlacklistedCardView, type BlacklistedCardView } from "./blacklisted-card-view";
import { fingerprintOfMerchantCardId } from "./merchant-card-id";

/**
 * The merchant's blacklist, most recently added first, a page at a time
 * (`startingAfter` is the `id` of the last card of the previous page). Optionally narrowed to one last 4.
 */
export async function listBlacklistedCards(
  { db, vault }: { db: Database; vault: Vault },
  input: { merchantId: string; limit?: number | undefined; startingAfter?: string | undefined; last4?: string | undefined },
): Promise<Page<BlacklistedCardView>> {
  const limit = pageLimit(input.limit);
  const { cardBlacklist: b } = schema;
  const own = merchantWhere(b, input.merchantId);
  const filters = [own];
  if (input.last4 !== undefined) filters.push(eq(b.last4, input.last4));
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", "No such card on the blacklist.", { param: "startingAfter" });
    const fingerprint = fingerprintOfMerchantCardId(vault, input.merchantId, input.startingAfter);
    if (fingerprint === null) throw unknownCursor;
    const [cursor] = await db
      .select({ createdAt: b.createdAt, fingerprint: b.fingerprint })
      .from(b)
      .where(and(own, eq(b.fingerprint, fingerprint)));
    if (!cursor) throw unknownCursor;
    // The table's key is (merchant, fingerprint): the fingerprint breaks ties between cards added in the same instant.
    filters.push(or(lt(b.createdAt, cursor.createdAt), and(eq(b.createdAt, cursor.createdAt), lt(b.fingerprint, cursor.fingerprint)))!);
  }
  const rows = await db
    .select()
    .from(b)
    .where(and(...filters))
    .orderBy(desc(b.createdAt), desc(b.fingerprint))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => toBlacklistedCardView(vault, row));
}
