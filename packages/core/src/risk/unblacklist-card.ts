import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { merchantWhere } from "../scope";
import { AppError } from "../errors";
import type { Vault } from "../vault/create-vault";
import { toBlacklistedCardView, type BlacklistedCardView } from "./blacklisted-card-view";
import { fingerprintOfMerchantCardId } from "./merchant-card-id";

/**
 * Takes a card off the merchant's blacklist: its next payment goes through
 * 3-D Secure and authorization again. Payments already `blocked` stay so
 * (a terminal status). The card is named by its `id` as the merchant sees
 * it; a card not on this merchant's list (or another merchant's id) is not found.
 */
export async function unblacklistCard(
  { db, vault }: { db: Database; vault: Vault },
  { merchantId, cardId }: { merchantId: string; cardId: string },
): Promise<BlacklistedCardView> {
  const notFound = new AppError("resource_not_found", "No such card on the blacklist.", { param: "cardId" });
  const fingerprint = fingerprintOfMerchantCardId(vault, merchantId, cardId);
  if (fingerprint === null) throw notFound;
  const { cardBlacklist } = schema;
  const [removed] = await db
    .delete(cardBlacklist)
    .where(merchantWhere(cardBlacklist, merchantId, eq(cardBlacklist.fingerprint, fingerprint)))
    .returning();
  if (!removed) throw notFound;
  return toBlacklistedCardView(vault, removed);
}
