/** What POST /api/v1/card-tokens answers: never more of the card than BIN, last 4 and expiry. */
export interface CardToken {
  cardTokenId: string;
  card: { brand: string; last4: string; bin: string; expMonth: number; expYear: number };
  expiresAt: string;
}
