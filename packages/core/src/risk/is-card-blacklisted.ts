import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { merchantWhere } from "../scope";
import type { DatabaseExecutor } from "../events/record-event";

type Row = typeof schema.cardBlacklist.$inferSelect;

/** The merchant's blacklist entry for a card fingerprint, or null: the risk check before 3-D Secure and authorization. */
export async function isCardBlacklisted(
  { db }: { db: Pick<DatabaseExecutor, "select"> },
  { merchantId, fingerprint }: { merchantId: string; fingerprint: string },
): Promise<Row | null> {
  const { cardBlacklist } = schema;
  const [row] = await db
    .select()
    .from(cardBlacklist)
    .where(merchantWhere(cardBlacklist, merchantId, eq(cardBlacklist.fingerprint, fingerprint)));
  return row ?? null;
}
