import { type Database, schema } from "@jeton/db";
import { sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window. The increment is a single
 * upsert, so concurrent requests on any number of instances count exactly.
 */
export async function consumeRateLimit(
  { db, clock }: { db: Database; clock: Clock },
  key: string,
  rule: RateLimitRule,
): Promise<RateLimitResult> {
  const now = clock.now().getTime();
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const windowEnd = windowStart.getTime() + windowMs;
  const [row] = await db
    .insert(schema.rateLimitCounters)
    .values({ key, windowStart, count: 1, expiresAt: new Date(windowEnd) })
    .onConflictDoUpdate({
      target: [schema.rateLimitCounters.key, schema.rateLimitCounters.windowStart],
      set: { count: sql`${schema.rateLimitCounters.count} + 1` },
    })
    .returning({ count: schema.rateLimitCounters.count });
  const count = row?.count ?? 1;
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)),
  };
}
