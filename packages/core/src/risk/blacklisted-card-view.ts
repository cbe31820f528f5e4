import type { schema } from "@jeton/db";
import { maskStoredCard } from "../cards/mask-card";

type Row = typeof schema.cardBlacklist.$inferSelect;

/**
 * A card on the merchant's blacklist, as the back-office shows it. The card
 * is named by its keyed fingerprint (an HMAC of the PAN: it identifies the
 * card without revealing it) and its BIN and last 4.
 */
export interface BlacklistedCardView {
  object: "blacklisted_card";
  fingerprint: string;
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

export function toBlacklistedCardView(row: Row): BlacklistedCardView {
  return {
    object: "blacklisted_card",
    fingerprint: row.fingerprint,
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

/** The shape of a card fingerprint (base64url HMAC-SHA-256), checked before a lookup. */
export function isCardFingerprint(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
