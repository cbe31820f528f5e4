import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";

/** A clock stopped at one instant: scheduler work runs "at" its due time. */
export function clockAt(instant: Date): Clock {
  return { now: () => new Date(instant.getTime()) };
}

/**
 * The time a customer's recurring objects live in: its test clock's frozen
 * time when it has one (test mode), the platform's clock otherwise.
 */
export async function recurringClock(db: Pick<Database, "select">, clock: Clock, testClockId: string | null): Promise<Clock> {
  if (!testClockId) return clock;
  const [testClock] = await db.select({ frozenTime: schema.testClocks.frozenTime }).from(schema.testClocks).where(eq(schema.testClocks.id, testClockId));
  if (!testClock) throw new Error(`test clock ${testClockId} does not exist`);
  return clockAt(testClock.frozenTime);
}
