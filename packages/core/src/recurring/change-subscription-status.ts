import { type Database, schema } from "@jeton/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { DatabaseExecutor } from "../events/record-event";
import { recordEvent } from "../events/record-event";
import { AppError } from "../errors";
import { toSubscriptionView, type SubscriptionView } from "./recurring-views";
import { assertSubscriptionTransition, type SubscriptionStatus } from "./subscription-state-machine";

type Row = typeof schema.subscriptions.$inferSelect;

/** The charge a subscription waits on: the one the scheduler will make or retry next. */
export async function nextChargeOf(db: Pick<Database, "select">, subscriptionId: string) {
  const [charge] = await db
    .select()
    .from(schema.recurringCharges)
    .where(and(eq(schema.recurringCharges.subscriptionId, subscriptionId), inArray(schema.recurringCharges.status, ["scheduled", "retrying"])))
    .orderBy(asc(schema.recurringCharges.period))
    .limit(1);
  return charge ?? null;
}

export async function subscriptionViewOf(db: Pick<Database, "select">, row: Row): Promise<SubscriptionView> {
  return toSubscriptionView(row, await nextChargeOf(db, row.id));
}

/** Which event a status change announces; a change that keeps the status is `subscription.updated`. */
function eventTypeFor(from: SubscriptionStatus, to: SubscriptionStatus): string {
  if (from === to) return "subscription.updated";
  if (to === "canceled") return "subscription.canceled";
  if (to === "past_due") return "subscription.past_due";
  return "subscription.updated";
}

/**
 * The one way a subscription changes: checked against the state machine,
 * written conditionally on the status it was read in (a concurrent change
 * makes this one fail instead of overwriting it), and announced in the same
 * database transaction.
 */
export async function changeSubscriptionStatus(
  db: DatabaseExecutor & Pick<Database, "select">,
  clock: Clock,
  current: Row,
  to: SubscriptionStatus,
  changes: Partial<Omit<Row, "id" | "status" | "merchantId" | "mode" | "createdAt">> = {},
): Promise<Row> {
  assertSubscriptionTransition(current.status, to);
  const now = clock.now();
  const [row] = await db
    .update(schema.subscriptions)
    .set({ ...changes, status: to, updatedAt: now, ...(to === "canceled" && current.status !== "canceled" ? { canceledAt: now } : {}) })
    .where(and(eq(schema.subscriptions.id, current.id), eq(schema.subscriptions.status, current.status)))
    .returning();
  if (!row) throw new AppError("invalid_state_transition", `Subscription ${current.id} changed concurrently; it is no longer ${current.status}.`);
  if (to === "canceled" || to === "completed") {
    // Nothing more to bill: what waited in the queue is skipped.
    await db
      .update(schema.recurringCharges)
      .set({ status: "skipped", nextAttemptAt: null, updatedAt: now })
      .where(and(eq(schema.recurringCharges.subscriptionId, row.id), inArray(schema.recurringCharges.status, ["scheduled", "retrying"])));
  }
  await recordEvent(db, clock, {
    merchantId: row.merchantId,
    mode: row.mode,
    type: eventTypeFor(current.status, to),
    objectId: row.id,
    data: (await subscriptionViewOf(db, row)) as unknown as Record<string, unknown>,
  });
  return row;
}
