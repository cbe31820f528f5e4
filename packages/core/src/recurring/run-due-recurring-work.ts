import { schema } from "@jeton/db";
import { and, asc, eq, inArray, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { captureDelayedTransaction } from "./capture-delayed-transaction";
import { followsClock } from "./clock-scope";
import { runRecurringCharge, type RecurringDeps } from "./run-recurring-charge";

export interface DueWork {
  kind: "charge" | "capture";
  id: string;
  dueAt: Date;
}

/** Scheduled charges and retries due by `until` on one clock (`null`: the platform's). */
export function chargeDue(until: Date, testClockId: string | null): SQL {
  const rc = schema.recurringCharges;
  return and(inArray(rc.status, ["scheduled", "retrying"]), lte(rc.nextAttemptAt, until), testClockId ? eq(rc.testClockId, testClockId) : isNull(rc.testClockId))!;
}

/**
 * Delayed captures due by `until`: a capture follows its customer's test
 * clock; a payment without a customer follows the platform's. Only those the
 * acquirer can capture (an authorization it knows of).
 */
export function captureDue(until: Date, testClockId: string | null): SQL {
  const t = schema.transactions;
  return and(eq(t.status, "authorized"), eq(t.captureMode, "delayed"), isNotNull(t.acquirerReference), lte(t.autoCaptureAt, until), followsClock(t.customerId, testClockId))!;
}

/**
 * The recurring work due by `until` for one clock: scheduled charges and
 * retries, and delayed captures, oldest first. `testClockId: null` is the
 * platform's own clock: customers without a test clock.
 */
export async function listDueRecurringWork(
  { db }: Pick<RecurringDeps, "db">,
  { testClockId, until, limit }: { testClockId: string | null; until: Date; limit: number },
): Promise<DueWork[]> {
  const { recurringCharges: rc, transactions: t } = schema;
  const charges = await db
    .select({ id: rc.id, dueAt: rc.nextAttemptAt })
    .from(rc)
    .where(chargeDue(until, testClockId))
    .orderBy(asc(rc.nextAttemptAt))
    .limit(limit);
  const captures = await db
    .select({ id: t.id, dueAt: t.autoCaptureAt })
    .from(t)
    .where(captureDue(until, testClockId))
    .orderBy(asc(t.autoCaptureAt))
    .limit(limit);
  return [
    ...charges.map((row) => ({ kind: "charge" as const, id: row.id, dueAt: row.dueAt! })),
    ...captures.map((row) => ({ kind: "capture" as const, id: row.id, dueAt: row.dueAt! })),
  ]
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    .slice(0, limit);
}

/** Runs one item of due work at `at`; another process may have done it already (then nothing happens). */
export async function runDueWork(deps: RecurringDeps, work: DueWork, at: Date): Promise<string> {
  if (work.kind === "capture") return captureDelayedTransaction(deps, { transactionId: work.id, at });
  return runRecurringCharge(deps, { chargeId: work.id, at });
}

/**
 * One pass of the platform's recurring scheduler (customers without a test
 * clock): every due charge, retry and delayed capture, at the platform's
 * time. Any number of processes may run it at once: each item is claimed
 * with FOR UPDATE SKIP LOCKED and re-checked as still due, and a period can
 * be billed only once (unique charge per subscription period). A failure of
 * one item is reported and the others go on; the item stays due for the next pass.
 */
export async function runDueRecurringWork(
  deps: RecurringDeps & { logger?: { error(details: Record<string, unknown>, message: string): void } | undefined },
  { limit = 50 }: { limit?: number } = {},
): Promise<{ found: number; ran: Record<string, number> }> {
  const now = deps.clock.now();
  const due = await listDueRecurringWork(deps, { testClockId: null, until: now, limit });
  const ran: Record<string, number> = {};
  for (const work of due) {
    try {
      const outcome = await runDueWork(deps, work, now);
      ran[outcome] = (ran[outcome] ?? 0) + 1;
    } catch (error) {
      deps.logger?.error({ err: error, work }, "recurring work failed");
      ran.error = (ran.error ?? 0) + 1;
    }
  }
  return { found: due.length, ran };
}
