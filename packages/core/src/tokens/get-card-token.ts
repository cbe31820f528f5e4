import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { findScoped, type Mode } from "../scope";
import { toCardTokenView, type CardTokenView } from "./card-token-view";

export type CardTokenStatus = "active" | "used" | "expired";

/** A merchant's own token; another merchant's (or another mode's) id is simply not found. */
export async function getCardToken(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, cardTokenId }: { merchantId: string; mode: Mode; cardTokenId: string },
): Promise<CardTokenView & { status: CardTokenStatus }> {
  const row = await findScoped(db, schema.cardTokens, { merchantId, mode }, cardTokenId, { what: "card token", param: "cardTokenId", prefix: "ctok" });
  const status: CardTokenStatus = row.usedAt ? "used" : row.expiresAt <= clock.now() ? "expired" : "active";
  return { ...toCardTokenView(row), status };
}
