import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { merchantWhere } from "../scope";
import { AppError } from "../errors";
import { isCardFingerprint, toBlacklistedCardView, type BlacklistedCardView } from "./blacklisted-card-view";

/**
 * Takes a card off the merchant's blacklist: its next payment goes through
 * 3-D Secure and authorization again. Payments already `blocked` stay so
 * (a terminal status). A card not on this merchant's list is not found.
 */
export async function unblacklistCard(
  { db }: { db: Database },
  { merchantId, fingerprint }: { merchantId: string; fingerprint: string },
): Promise<BlacklistedCardView> {
  const notFound = new AppError("resource_not_found", "No such card on the blacklist.", { param: "fingerprint" });
  if (!isCardFingerprint(fingerprint)) throw notFound;
  const { cardBlacklist } = schema;
  const [removed] = await db
    .delete(cardBlacklist)
    .where(merchantWhere(cardBlacklist, merchantId, eq(cardBlacklist.fingerprint, fingerprint)))
    .returning();
  if (!removed) throw notFound;
  return toBlacklistedCardView(removed);
}
