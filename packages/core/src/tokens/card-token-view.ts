import type { schema } from "@jeton/db";

export const CARD_TOKEN_TTL_MS = 15 * 60 * 1000;

/** The public shape of a card token: never more of the card than BIN, last 4 and expiry. */
export interface CardTokenView {
  cardTokenId: string;
  card: { brand: string; last4: string; bin: string; expMonth: number; expYear: number };
  expiresAt: string;
}

export function toCardTokenView(row: typeof schema.cardTokens.$inferSelect): CardTokenView {
  return {
    cardTokenId: row.id,
    card: { brand: row.brand, last4: row.last4, bin: row.bin, expMonth: row.expMonth, expYear: row.expYear },
    expiresAt: row.expiresAt.toISOString(),
  };
}
