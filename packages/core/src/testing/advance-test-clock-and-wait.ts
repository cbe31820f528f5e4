import { advanceTestClock } from "../recurring/advance-test-clock";
import { getTestClock } from "../recurring/get-test-clock";
import type { TestClockView } from "../recurring/recurring-views";
import { runAdvancingTestClocks } from "../recurring/run-advancing-test-clocks";
import type { RecurringDeps } from "../recurring/run-recurring-charge";
import type { MerchantScope } from "../scope";

/**
 * Tests only: what a merchant does with the API — advance, then wait for
 * `ready` — with the background worker's pass run here instead of on a timer.
 * Answers the clock once ready.
 */
export async function advanceTestClockAndWait(deps: RecurringDeps, input: { scope: MerchantScope; testClockId: string; to: Date }): Promise<TestClockView> {
  const advancing = await advanceTestClock(deps, input);
  if (advancing.status !== "advancing") throw new Error(`expected the clock to be advancing, got ${advancing.status}`);
  await runAdvancingTestClocks(deps);
  const clock = await getTestClock(deps, input);
  if (clock.status !== "ready") throw new Error(`test clock ${input.testClockId} is still ${clock.status}`);
  return clock;
}
