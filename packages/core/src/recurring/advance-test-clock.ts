import { schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";
import { findScoped, type MerchantScope } from "../scope";
import { assertTestMode } from "./create-test-clock";
import { toTestClockView, type TestClockView } from "./recurring-views";
import { listDueRecurringWork, runDueWork } from "./run-due-recurring-work";
import type { RecurringDeps } from "./run-recurring-charge";

/** A runaway guard: a daily subscription advanced by years stays well under it. */
const MAX_STEPS = 20_000;

/**
 * Moves a test clock forward to `to`, running every charge, retry and
 * delayed capture of its customers that falls due on the way, in date order
 * and each at its own due time (a retry made on day 3 is dated day 3). The
 * clock reads `advancing` meanwhile (a second advance is refused), and
 * `ready` at `to` once done. Work that fails stops the advance: the clock
 * stays where the last item left it, `ready`, and the error is answered.
 */
export async function advanceTestClock(deps: RecurringDeps, { scope, testClockId, to }: { scope: MerchantScope; testClockId: string; to: Date }): Promise<TestClockView> {
  const { testClocks } = schema;
  // Looked up first: a live key asking for a test clock gets the not-found of any unknown id.
  const current = await findScoped(deps.db, testClocks, scope, testClockId, { what: "test clock", prefix: "clk" });
  assertTestMode(scope);
  if (Number.isNaN(to.getTime()) || to <= current.frozenTime) {
    throw new AppError("parameter_invalid", `to must be after the clock's frozen time (${current.frozenTime.toISOString()}).`, { param: "to" });
  }
  // Conditional on `ready`: of two advances at once, one runs and the other is refused.
  const [claimed] = await deps.db
    .update(testClocks)
    .set({ status: "advancing", updatedAt: deps.clock.now() })
    .where(and(eq(testClocks.id, current.id), eq(testClocks.status, "ready"), eq(testClocks.frozenTime, current.frozenTime)))
    .returning();
  if (!claimed) throw new AppError("test_clock_advancing", "This test clock is advancing; wait until it is ready.");
  let reached = current.frozenTime;
  try {
    for (let step = 0; step < MAX_STEPS; step++) {
      const [next] = await listDueRecurringWork(deps, { testClockId: current.id, until: to, limit: 1 });
      if (!next) break;
      const at = next.dueAt > reached ? next.dueAt : reached;
      await deps.db.update(testClocks).set({ frozenTime: at }).where(eq(testClocks.id, current.id));
      reached = at;
      const outcome = await runDueWork(deps, next, at);
      if (outcome === "unavailable") throw new AppError("acquirer_unavailable", "The acquirer did not answer a delayed capture; advance the clock again.");
    }
    reached = to;
  } finally {
    await deps.db.update(testClocks).set({ status: "ready", frozenTime: reached, updatedAt: deps.clock.now() }).where(eq(testClocks.id, current.id));
  }
  const [row] = await deps.db.select().from(testClocks).where(eq(testClocks.id, current.id));
  return toTestClockView(row!);
}
