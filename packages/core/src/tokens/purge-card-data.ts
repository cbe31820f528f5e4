import { type Database, schema } from "@jeton/db";
import { and, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { Clock } from "../clock/clock";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Destroys the sealed PAN (and any CVC left) of card tokens that no longer
 * need it: a token that expired unused, and a used one once the retention
 * window (JETON_CARD_RETENTION_DAYS, counted from its use) has passed. A used
 * token is kept that long because charging the card of an earlier payment
 * (`sourceTransactionId`) opens it; after that, such a charge answers
 * `source_transaction_not_reusable`. A card saved for a customer has its own
 * sealed copy and is not affected. Brand, BIN, last 4, expiry and fingerprint
 * stay, so transactions still show the card. One conditional UPDATE: several
 * instances sweeping at once do the same work once.
 */
export async function purgeCardData({ db, clock }: { db: Database; clock: Clock }, { retentionDays }: { retentionDays: number }): Promise<number> {
  const now = clock.now();
  const { cardTokens } = schema;
  const rows = await db
    .update(cardTokens)
    .set({ panSealed: null, panKekId: null, cvcSealed: null, cvcKekId: null, panDestroyedAt: now })
    .where(
      and(
        isNotNull(cardTokens.panSealed),
        or(
          and(isNull(cardTokens.usedAt), lte(cardTokens.expiresAt, now)),
          lte(cardTokens.usedAt, new Date(now.getTime() - retentionDays * DAY_MS)),
        ),
      ),
    )
    .returning({ id: cardTokens.id });
  return rows.length;
}
