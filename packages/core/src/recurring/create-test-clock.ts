import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { MerchantScope } from "../scope";
import { toTestClockView, type TestClockView } from "./recurring-views";

/** Test mode only: a live key gets `test_mode_only`, and nothing is created. */
export function assertTestMode(scope: MerchantScope): void {
  if (scope.mode !== "test") throw new AppError("test_mode_only", "Test clocks exist in test mode only; use a test key.");
}

/** A test clock frozen at `frozenTime` (any instant, past or future): its customers' billing follows it. */
export async function createTestClock(
  { db, clock }: { db: Database; clock: Clock },
  { scope, frozenTime, name }: { scope: MerchantScope; frozenTime: Date; name?: string | undefined },
): Promise<TestClockView> {
  assertTestMode(scope);
  if (Number.isNaN(frozenTime.getTime())) throw new AppError("parameter_invalid", "frozenTime must be a date-time.", { param: "frozenTime" });
  const now = clock.now();
  const [row] = await db
    .insert(schema.testClocks)
    .values({ id: createId("clk"), merchantId: scope.merchantId, mode: "test", name: name ?? null, frozenTime, status: "ready", createdAt: now, updatedAt: now })
    .returning();
  if (!row) throw new Error("test clock insert returned nothing");
  return toTestClockView(row);
}
