import type { schema } from "@jeton/db";
import { maskStoredCard } from "../cards/mask-card";
import type { Vault } from "../vault/create-vault";
import { toMerchantCardId } from "./merchant-card-id";

type Row = typeof schema.cardBlacklist.$inferSelect;

/**
 * A card on the merchant's blacklist, as the back-office shows it. The card
 * is named by an id of its own for this merchant (never by the platform-wide
 * fingerprint: see merchant-card-id.ts) and its BIN and last 4.
 */
export interface BlacklistedCardView {
  object: "blacklisted_card";
  /** `bl_…`: the card, for this merchant only (remove it, page after it). */
  id: string;
  brand: string;
  bin: string;
  last4: string;
  /** BIN, a fixed mask, last 4: `424242******4242`. */
  masked: string;
  reason: string | null;
  /** The payment the card was blacklisted from. */
  sourceTransactionId: string | null;
  /** The staff member who added it. */
  createdByUserId: string | null;
  createdAt: string;
}

export function toBlacklistedCardView(vault: Vault, row: Row): BlacklistedCardView {
  return {
    object: "blacklisted_card",
    id: toMerchantCardId(vault, row.merchantId, row.fingerprint),
    brand: row.brand,
    bin: row.bin,
    last4: row.last4,
    masked: maskStoredCard(row),
    reason: row.reason,
    sourceTransactionId: row.sourceTransactionId,
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt.toISOString(),
  };
}

