import type { schema } from "@jeton/db";
import { z } from "zod";
import { cardSummaryView, timestamp } from "../views/view-atoms";

export const CARD_TOKEN_TTL_MS = 15 * 60 * 1000;

/** The public shape of a card token: never more of the card than BIN, last 4 and expiry. */
export const cardTokenView = z
  .object({ cardTokenId: z.string(), card: cardSummaryView, expiresAt: timestamp })
  .meta({ id: "CardToken" });
export type CardTokenView = z.infer<typeof cardTokenView>;

/** What the view reads of a token: a stored row, or a token being made (sealCardToken's, no copy needed). */
type CardTokenViewSource = Pick<typeof schema.cardTokens.$inferSelect, "id" | "brand" | "last4" | "bin" | "expMonth" | "expYear" | "expiresAt">;

export function toCardTokenView(row: CardTokenViewSource): CardTokenView {
  return {
    cardTokenId: row.id,
    card: { brand: row.brand, last4: row.last4, bin: row.bin, expMonth: row.expMonth, expYear: row.expYear },
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** GET /api/v1/card-tokens/{id}: the token and whether it can still be used. */
export const cardTokenWithStatusView = cardTokenView
  .extend({ status: z.enum(["active", "used", "expired"]) })
  .meta({ id: "CardTokenWithStatus" });
