import { type Database, schema } from "@jeton/db";
import { lt } from "drizzle-orm";
import type { Clock } from "../clock/clock";

/** Drops counters whose window is over. */
export async function purgeRateLimitCounters({ db, clock }: { db: Database; clock: Clock }): Promise<number> {
  const deleted = await db
    .delete(schema.rateLimitCounters)
    .where(lt(schema.rateLimitCounters.expiresAt, clock.now()))
    .returning({ key: schema.rateLimitCounters.key });
  return deleted.length;
}
