import { type Database, schema } from "@jeton/db";
import { and, isNotNull, lte } from "drizzle-orm";
import type { Clock } from "../clock/clock";

/** Erases the sealed CVC of every token past its expiry (PCI DSS 3.3.1.2: no CVC after it is needed). */
export async function purgeExpiredCvcs({ db, clock }: { db: Database; clock: Clock }): Promise<number> {
  const rows = await db
    .update(schema.cardTokens)
    .set({ cvcSealed: null, cvcKekId: null })
    .where(and(isNotNull(schema.cardTokens.cvcSealed), lte(schema.cardTokens.expiresAt, clock.now())))
    .returning({ id: schema.cardTokens.id });
  return rows.length;
}
