import { schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Database } from "@jeton/db";
import { AppError } from "../errors";
import { findScoped, type MerchantScope } from "../scope";
import { assertTestMode } from "./create-test-clock";
import { toTestClockView, type TestClockView } from "./recurring-views";

/**
 * Asks a test clock to move forward to `to`: the clock turns `advancing` at
 * once and the background worker (runAdvancingTestClocks) runs every charge,
 * retry, capture and expiry of its customers that falls due on the way, in
 * date order, then sets it `ready` at `to`. The request is a row state, not a
 * timer: any instance's worker picks it up, and after a restart the next one
 * goes on from where the clock stands. A clock already advancing answers
 * `test_clock_advancing` (the conditional update on `ready` decides between
 * two advances at once).
 */
export async function advanceTestClock(
  deps: { db: Database; clock: Clock },
  { scope, testClockId, to }: { scope: MerchantScope; testClockId: string; to: Date },
): Promise<TestClockView> {
  const { testClocks } = schema;
  // Looked up first: a live key asking for a test clock gets the not-found of any unknown id.
  const current = await findScoped(deps.db, testClocks, scope, testClockId, { what: "test clock", prefix: "clk" });
  assertTestMode(scope);
  if (current.status === "advancing") throw advancing();
  if (Number.isNaN(to.getTime()) || to <= current.frozenTime) {
    throw new AppError("parameter_invalid", `to must be after the clock's frozen time (${current.frozenTime.toISOString()}).`, { param: "to" });
  }
  const [claimed] = await deps.db
    .update(testClocks)
    .set({ status: "advancing", advanceTo: to, updatedAt: deps.clock.now() })
    .where(and(eq(testClocks.id, current.id), eq(testClocks.status, "ready"), eq(testClocks.frozenTime, current.frozenTime)))
    .returning();
  if (!claimed) throw advancing();
  return toTestClockView(claimed);
}

const advancing = () => new AppError("test_clock_advancing", "This test clock is advancing; wait until it is ready (GET the clock until its status is ready).");
