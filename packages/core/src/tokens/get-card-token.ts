import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { toCardTokenView, type CardTokenView } from "./card-token-view";

export type CardTokenStatus = "active" | "used" | "expired";

/** A merchant's own token; another merchant's (or another mode's) id is simply not found. */
export async function getCardToken(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, cardTokenId }: { merchantId: string; mode: Mode; cardTokenId: string },
): Promise<CardTokenView & { status: CardTokenStatus }> {
  const notFound = new AppError("resource_not_found", `No such card token: ${cardTokenId}`, { param: "cardTokenId" });
  if (!isId("ctok", cardTokenId)) throw notFound;
  const [row] = await db
    .select()
    .from(schema.cardTokens)
    .where(
      and(
        eq(schema.cardTokens.id, cardTokenId),
        eq(schema.cardTokens.merchantId, merchantId),
        eq(schema.cardTokens.mode, mode),
      ),
    )
    .limit(1);
  if (!row) throw notFound;
  const status: CardTokenStatus = row.usedAt ? "used" : row.expiresAt <= clock.now() ? "expired" : "active";
  return { ...toCardTokenView(row), status };
}
