import { type Database, schema } from "@jeton/db";
import { and, asc, eq, min, type SQL } from "drizzle-orm";
import { challengeExpiryDue, expirePendingChallenges } from "../payments/expire-pending-challenges";
import { expirePaymentRequests, paymentRequestExpiryDue } from "../payment-requests/expire-payment-requests";
import { expireOpenReviews, reviewExpiryDue } from "../risk/decide-review";
import { clockAt } from "./recurring-clock";
import { captureDue, chargeDue, listDueRecurringWork, runDueWork } from "./run-due-recurring-work";
import type { RecurringDeps } from "./run-recurring-charge";

type StepOutcome = "advanced" | "ready" | "stopped" | "busy";

/**
 * The earliest deadline of a test clock's customers up to `until`, over every
 * kind of work the clock drives: charges and retries, delayed captures,
 * unanswered 3-D Secure challenges, unpaid payment requests, open risk reviews.
 */
async function nextDueInstant(db: Database, testClockId: string, until: Date): Promise<Date | null> {
  const { recurringCharges: rc, transactions: t, paymentRequests: pr } = schema;
  const earliest = async (column: Parameters<typeof min>[0], table: typeof rc | typeof t | typeof pr, where: SQL) =>
    (await db.select({ at: min(column) }).from(table).where(where))[0]?.at as Date | null | undefined;
  const candidates = [
    await earliest(rc.nextAttemptAt, rc, chargeDue(until, testClockId)),
    await earliest(t.autoCaptureAt, t, captureDue(until, testClockId)),
    await earliest(t.actionExpiresAt, t, challengeExpiryDue(until, testClockId)),
    await earliest(pr.expiresAt, pr, paymentRequestExpiryDue(until, testClockId)),
    await earliest(t.reviewExpiresAt, t, reviewExpiryDue(until, testClockId)),
  ].filter((at): at is Date => at instanceof Date);
  return candidates.length === 0 ? null : new Date(Math.min(...candidates.map((at) => at.getTime())));
}

/** Runs everything of the clock due by `at`, at `at`; answers how many items changed. */
async function runClockWorkAt(deps: RecurringDeps, testClockId: string, at: Date): Promise<number> {
  let done = 0;
  for (const work of await listDueRecurringWork(deps, { testClockId, until: at, limit: 50 })) {
    const outcome = await runDueWork(deps, work, at);
    if (outcome !== "not_due" && outcome !== "unavailable") done++;
  }
  const timed = { ...deps, clock: clockAt(at) };
  // Challenges first: a request whose last challenge just expired can expire in the same step.
  done += (await expirePendingChallenges(timed, { testClockId })).length;
  done += (await expirePaymentRequests(timed, { testClockId })).length;
  done += (await expireOpenReviews(timed, { testClockId })).length;
  return done;
}

/**
 * One step of an advancing clock, in one database transaction that holds the
 * clock's row (FOR UPDATE SKIP LOCKED: another instance's worker skips the
 * clock meanwhile, and finds its next step once this commits): the clock
 * moves to the next deadline of its customers and runs what is due then. The
 * step commits the clock's time together with the work done at that time, so
 * a crash between steps resumes where the clock stands. No deadline left
 * before the target: the clock reaches it, `ready`. Work that could not run
 * (an acquirer that did not answer a capture) stops the clock there, `ready`:
 * advancing again retries it.
 */
export async function advanceTestClockStep(deps: RecurringDeps, testClockId: string): Promise<StepOutcome> {
  const { testClocks } = schema;
  return deps.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const [clock] = await db
      .select()
      .from(testClocks)
      .where(and(eq(testClocks.id, testClockId), eq(testClocks.status, "advancing")))
      .for("update", { skipLocked: true });
    if (!clock?.advanceTo) return "busy";
    const finish = (frozenTime: Date) =>
      db.update(testClocks).set({ status: "ready", frozenTime, advanceTo: null, updatedAt: deps.clock.now() }).where(eq(testClocks.id, clock.id));
    const due = await nextDueInstant(db, clock.id, clock.advanceTo);
    if (!due) {
      await finish(clock.advanceTo);
      return "ready";
    }
    // A deadline already behind the clock (set in platform time before the clock got there) runs at the clock's time.
    const at = due > clock.frozenTime ? due : clock.frozenTime;
    await db.update(testClocks).set({ frozenTime: at, updatedAt: deps.clock.now() }).where(eq(testClocks.id, clock.id));
    if ((await runClockWorkAt({ ...deps, db }, clock.id, at)) === 0) {
      await finish(at);
      return "stopped";
    }
    return "advanced";
  });
}

/** Ends an advance whose step failed: the clock stays at the time its last step reached, `ready`. */
async function stopAdvance(db: Database, testClockId: string, now: Date): Promise<void> {
  const { testClocks } = schema;
  await db.update(testClocks).set({ status: "ready", advanceTo: null, updatedAt: now }).where(and(eq(testClocks.id, testClockId), eq(testClocks.status, "advancing")));
}

/**
 * The background worker's pass over advancing test clocks: each is stepped
 * to its target (or until another instance holds it). Any number of
 * instances may run it at once. A step that throws stops that clock's
 * advance (it reads `ready` at the time reached, and is logged) rather than
 * failing again on every pass.
 */
export async function runAdvancingTestClocks(
  deps: RecurringDeps & { logger?: { error(details: Record<string, unknown>, message: string): void } | undefined },
  { limit = 10 }: { limit?: number } = {},
): Promise<{ clocks: number; steps: number }> {
  const { testClocks } = schema;
  const advancing = await deps.db
    .select({ id: testClocks.id })
    .from(testClocks)
    .where(eq(testClocks.status, "advancing"))
    .orderBy(asc(testClocks.updatedAt))
    .limit(limit);
  let steps = 0;
  for (const { id } of advancing) {
    try {
      while ((await advanceTestClockStep(deps, id)) === "advanced") steps++;
    } catch (error) {
      deps.logger?.error({ err: error, testClockId: id }, "test clock advance failed; the clock stopped");
      await stopAdvance(deps.db, id, deps.clock.now());
    }
  }
  return { clocks: advancing.length, steps };
}
