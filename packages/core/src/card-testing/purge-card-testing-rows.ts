import { type Database, schema } from "@jeton/db";
import { lt } from "drizzle-orm";
import type { Clock } from "../clock/clock";

/** Drops attempt counters whose window is over and spent solutions whose challenge has expired (a replay then fails verification). */
export async function purgeCardTestingRows({ db, clock }: { db: Database; clock: Clock }): Promise<number> {
  const now = clock.now();
  const counters = await db.delete(schema.cardAttemptCounters).where(lt(schema.cardAttemptCounters.expiresAt, now)).returning({ key: schema.cardAttemptCounters.key });
  const solutions = await db
    .delete(schema.spentChallengeSolutions)
    .where(lt(schema.spentChallengeSolutions.expiresAt, now))
    .returning({ signature: schema.spentChallengeSolutions.signature });
  return counters.length + solutions.length;
}
