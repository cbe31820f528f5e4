import { type Database, schema } from "@jeton/db";
import { and, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { AppError } from "../errors";
import type { Page } from "../pagination/list-view";
import { isId } from "../ids/create-id";
import { pageLimit, seekAfter, toPage, wholeList } from "../pagination/cursor-page";
import { findScoped, scopedWhere, type MerchantScope } from "../scope";
import { changeSubscriptionStatus, subscriptionViewOf } from "./change-subscription-status";
import { loadChargeableCard } from "./create-subscription";
import { recurringClock } from "./recurring-clock";
import { toRecurringChargeView, toSubscriptionView, type RecurringChargeView, type SubscriptionView } from "./recurring-views";
import { runRecurringCharge, type RecurringDeps } from "./run-recurring-charge";
import { checkAmountAndCurrency } from "./schedule";

type Row = typeof schema.subscriptions.$inferSelect;

async function lockSubscription(db: Database, scope: MerchantScope, subscriptionId: string): Promise<Row> {
  return findScoped(db, schema.subscriptions, scope, subscriptionId, { what: "subscription", prefix: "sub", lock: "update" });
}

/** A subscription with its next charge. */
export async function getSubscription({ db }: { db: Database }, { scope, subscriptionId }: { scope: MerchantScope; subscriptionId: string }): Promise<SubscriptionView> {
  return subscriptionViewOf(db, await findScoped(db, schema.subscriptions, scope, subscriptionId, { what: "subscription", prefix: "sub" }));
}

/** Every charge of a subscription, oldest period first: dates, amounts, attempts and outcomes. */
export async function listSubscriptionCharges({ db }: { db: Database }, { scope, subscriptionId }: { scope: MerchantScope; subscriptionId: string }): Promise<Page<RecurringChargeView>> {
  const row = await findScoped(db, schema.subscriptions, scope, subscriptionId, { what: "subscription", prefix: "sub" });
  const charges = await db.select().from(schema.recurringCharges).where(eq(schema.recurringCharges.subscriptionId, row.id)).orderBy(asc(schema.recurringCharges.period));
  return wholeList(charges.map(toRecurringChargeView));
}

export interface ListSubscriptionsInput {
  limit?: number | undefined;
  startingAfter?: string | undefined;
  customerId?: string | undefined;
  status?: Row["status"] | undefined;
  merchantReference?: string | undefined;
}

/** The merchant's subscriptions, newest first, filtered, with cursor pagination. */
export async function listSubscriptions({ db }: { db: Database }, { scope, input }: { scope: MerchantScope; input: ListSubscriptionsInput }) {
  const limit = pageLimit(input.limit);
  const { subscriptions: s } = schema;
  const filters: (SQL | undefined)[] = [scopedWhere(s, scope)];
  if (input.customerId) filters.push(eq(s.customerId, input.customerId));
  if (input.status) filters.push(eq(s.status, input.status));
  if (input.merchantReference) filters.push(eq(s.merchantReference, input.merchantReference));
  if (input.startingAfter !== undefined) {
    const unknown = new AppError("resource_not_found", `No such subscription: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("sub", input.startingAfter)) throw unknown;
    const [cursor] = await db.select({ id: s.id, createdAt: s.createdAt }).from(s).where(and(scopedWhere(s, scope), eq(s.id, input.startingAfter)));
    if (!cursor) throw unknown;
    filters.push(seekAfter(s, cursor, "newest_first"));
  }
  const rows = await db.select().from(s).where(and(...filters)).orderBy(desc(s.createdAt), desc(s.id)).limit(limit + 1);
  const ids = rows.map((r) => r.id);
  const pending = ids.length
    ? await db
        .select()
        .from(schema.recurringCharges)
        .where(and(inArray(schema.recurringCharges.subscriptionId, ids), inArray(schema.recurringCharges.status, ["scheduled", "retrying"])))
    : [];
  return toPage(rows, limit, (row) => toSubscriptionView(row, pending.find((c) => c.subscriptionId === row.id) ?? null));
}

/**
 * Cancels now (nothing more is charged, a retry in progress included) or at
 * the end of the period paid (`atPeriodEnd`: the subscription stays until the
 * next billing date, which cancels it instead of charging).
 */
export async function cancelSubscription(
  deps: Pick<RecurringDeps, "db" | "clock">,
  { scope, subscriptionId, atPeriodEnd = false }: { scope: MerchantScope; subscriptionId: string; atPeriodEnd?: boolean },
): Promise<SubscriptionView> {
  return deps.db.transaction(async (db) => {
    const current = await lockSubscription(db, scope, subscriptionId);
    const clock = await recurringClock(db, deps.clock, current.testClockId);
    const row = atPeriodEnd
      ? await changeSubscriptionStatus(db, clock, current, current.status, { cancelAtPeriodEnd: true })
      : await changeSubscriptionStatus(db, clock, current, "canceled");
    return subscriptionViewOf(db, row);
  });
}

/** Pauses billing: periods falling due while paused are skipped (not charged later). */
export async function pauseSubscription(deps: Pick<RecurringDeps, "db" | "clock">, { scope, subscriptionId }: { scope: MerchantScope; subscriptionId: string }) {
  return deps.db.transaction(async (db) => {
    const current = await lockSubscription(db, scope, subscriptionId);
    const clock = await recurringClock(db, deps.clock, current.testClockId);
    return subscriptionViewOf(db, await changeSubscriptionStatus(db, clock, current, "paused", { pausedAt: clock.now() }));
  });
}

/** Resumes a paused subscription from its next billing date. */
export async function resumeSubscription(deps: Pick<RecurringDeps, "db" | "clock">, { scope, subscriptionId }: { scope: MerchantScope; subscriptionId: string }) {
  return deps.db.transaction(async (db) => {
    const current = await lockSubscription(db, scope, subscriptionId);
    if (current.status !== "paused") throw new AppError("invalid_state_transition", `Only a paused subscription can be resumed; this one is ${current.status}.`);
    const clock = await recurringClock(db, deps.clock, current.testClockId);
    const to = current.currentPeriod === null && current.trialEnd && current.trialEnd > clock.now() ? "trialing" : "active";
    return subscriptionViewOf(db, await changeSubscriptionStatus(db, clock, current, to, { pausedAt: null }));
  });
}

/**
 * Changes the amount or the card from the next charge on (the period paid
 * stays as it was). A new card must be the customer's, with consent and a
 * first customer-initiated payment. A card change on a subscription with a
 * failed or retrying charge retries the amount due at once: it is how a
 * shopper's new card recovers a past-due subscription.
 */
export async function updateSubscription(
  deps: RecurringDeps,
  { scope, subscriptionId, input }: { scope: MerchantScope; subscriptionId: string; input: { amount?: number | undefined; cardId?: string | undefined; description?: string | undefined; metadata?: Record<string, string> | undefined } },
): Promise<SubscriptionView> {
  const retry = await deps.db.transaction(async (db) => {
    const current = await lockSubscription(db, scope, subscriptionId);
    if (current.status === "canceled" || current.status === "completed") {
      throw new AppError("invalid_state_transition", `A ${current.status} subscription cannot be changed.`);
    }
    if (input.amount !== undefined) checkAmountAndCurrency(input.amount, current.currency);
    const changes: Partial<Row> = {};
    if (input.amount !== undefined) changes.amount = input.amount;
    if (input.description !== undefined) changes.description = input.description;
    if (input.metadata !== undefined) changes.metadata = input.metadata;
    let newCard = false;
    if (input.cardId !== undefined && input.cardId !== current.cardId) {
      const { card } = await loadChargeableCard(db, scope, current.customerId, input.cardId);
      changes.cardId = card.id;
      changes.initialTransactionId = card.initialTransactionId;
      newCard = true;
    }
    const clock = await recurringClock(db, deps.clock, current.testClockId);
    const row = await changeSubscriptionStatus(db, clock, current, current.status, changes);
    if (!newCard) return null;
    // The amount due: the latest charge that failed or waits for a retry.
    const [due] = await db
      .select()
      .from(schema.recurringCharges)
      .where(and(eq(schema.recurringCharges.subscriptionId, row.id), inArray(schema.recurringCharges.status, ["failed", "retrying"])))
      .orderBy(desc(schema.recurringCharges.period))
      .limit(1);
    if (!due || (row.status !== "past_due" && due.status === "failed")) return null;
    const now = clock.now();
    await db.update(schema.recurringCharges).set({ status: "retrying", nextAttemptAt: now, updatedAt: now }).where(eq(schema.recurringCharges.id, due.id));
    return { chargeId: due.id, at: now };
  });
  if (retry) await runRecurringCharge(deps, retry);
  return getSubscription(deps, { scope, subscriptionId });
}
