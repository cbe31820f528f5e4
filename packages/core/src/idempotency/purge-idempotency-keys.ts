import { type Database, schema } from "@jeton/db";
import { lt } from "drizzle-orm";
import type { Clock } from "../clock/clock";

/** Keys are kept 24 hours, like the replays merchants can rely on. */
export async function purgeIdempotencyKeys({ db, clock }: { db: Database; clock: Clock }): Promise<number> {
  const rows = await db
    .delete(schema.idempotencyKeys)
    .where(lt(schema.idempotencyKeys.expiresAt, clock.now()))
    .returning({ key: schema.idempotencyKeys.key });
  return rows.length;
}
