import { type Database, schema } from "@jeton/db";
import { and, desc, eq, gt, inArray, lte, ne, sql } from "drizzle-orm";
import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { isAppError } from "../errors";
import { recordEvent, type DatabaseExecutor } from "../events/record-event";
import { createId } from "../ids/create-id";
import { startCardPayment } from "../payments/start-card-payment";
import { toTransactionView } from "../transactions/transaction-view";
import type { PlatformUrls } from "../urls/platform-urls";
import type { Vault } from "../vault/create-vault";
import { changeSubscriptionStatus } from "./change-subscription-status";
import { clockAt } from "./recurring-clock";
import { toInstallmentPlanView, toRecurringChargeView } from "./recurring-views";
import { addDays, periodStart } from "./schedule";

type ChargeRow = typeof schema.recurringCharges.$inferSelect;
type SubscriptionRow = typeof schema.subscriptions.$inferSelect;
type PlanRow = typeof schema.installmentPlans.$inferSelect;

export interface RecurringDeps {
  db: Database;
  vault: Vault;
  clock: Clock;
  acquirers: AcquirerRegistry;
  urls: PlatformUrls;
}

/**
 * Declines no retry can fix: the card is gone (lost, stolen, closed, deleted)
 * or can never be charged so. Dunning skips its retries for them.
 */
export const HARD_DECLINES: ReadonlySet<string> = new Set([
  "lost_card",
  "stolen_card",
  "expired_card",
  "invalid_number",
  "account_closed",
  "card_deleted",
  "merchant_initiated_not_allowed",
]);

export const DEFAULT_RETRY_DAYS = [1, 3, 5] as const;

export type RecurringChargeOutcome = "succeeded" | "retrying" | "failed" | "skipped" | "postponed" | "not_due";

async function recurringSettings(db: Pick<Database, "select">, merchantId: string) {
  const [row] = await db.select().from(schema.merchantRecurringSettings).where(eq(schema.merchantRecurringSettings.merchantId, merchantId));
  return { retryDays: row?.retryDays ?? [...DEFAULT_RETRY_DAYS], afterRetries: row?.afterRetries ?? ("cancel" as const) };
}

/**
 * The status a subscription takes when one of its periods is paid: `active`
 * (a paused one stays paused), except that a past_due subscription stays
 * past_due while a later period is still owed (failed after its retries):
 * past_due means "the newest period billed is unpaid", as the merchant reads it.
 */
export async function statusAfterPayment(db: Pick<Database, "select">, subscription: SubscriptionRow, period: number): Promise<"active" | "paused" | "past_due"> {
  if (subscription.status === "paused") return "paused";
  if (subscription.status !== "past_due") return "active";
  const { recurringCharges: rc } = schema;
  const later = await db
    .select({ id: rc.id })
    .from(rc)
    .where(and(eq(rc.subscriptionId, subscription.id), eq(rc.status, "failed"), gt(rc.period, period)))
    .limit(1);
  return later.length > 0 ? "past_due" : "active";
}

/** Queues the charge of a subscription period; the unique (subscription, period) index makes a second insert a no-op. */
export async function scheduleSubscriptionPeriod(db: DatabaseExecutor, subscription: SubscriptionRow, period: number, now: Date): Promise<void> {
  const start = periodStart(subscription.billingAnchor, subscription.interval, subscription.intervalCount, period);
  await db
    .insert(schema.recurringCharges)
    .values({
      id: createId("rch"),
      merchantId: subscription.merchantId,
      mode: subscription.mode,
      subscriptionId: subscription.id,
      testClockId: subscription.testClockId,
      period,
      periodStart: start,
      periodEnd: periodStart(subscription.billingAnchor, subscription.interval, subscription.intervalCount, period + 1),
      currency: subscription.currency,
      status: "scheduled",
      nextAttemptAt: start,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
}

async function chargeEvent(db: DatabaseExecutor, clock: Clock, owner: SubscriptionRow | PlanRow, type: string, charge: ChargeRow, transactionId: string | null) {
  const transaction = transactionId ? (await (db as Database).select().from(schema.transactions).where(eq(schema.transactions.id, transactionId)))[0] : undefined;
  await recordEvent(db, clock, {
    merchantId: owner.merchantId,
    mode: owner.mode,
    type,
    objectId: owner.id,
    data: {
      ...("interval" in owner && "intervalCount" in owner ? { subscriptionId: owner.id } : { installmentPlanId: owner.id }),
      charge: toRecurringChargeView(charge),
      transaction: transaction ? toTransactionView(transaction) : null,
    },
  });
}

async function planEvent(db: Database, clock: Clock, plan: PlanRow, type: string) {
  const charges = await db.select().from(schema.recurringCharges).where(eq(schema.recurringCharges.installmentPlanId, plan.id));
  await recordEvent(db, clock, { merchantId: plan.merchantId, mode: plan.mode, type, objectId: plan.id, data: toInstallmentPlanView(plan, charges) as unknown as Record<string, unknown> });
}

/**
 * Makes one due charge of the scheduler's queue: a subscription period or an
 * instalment, first attempt or retry. Everything happens in one database
 * transaction that holds the charge row (FOR UPDATE SKIP LOCKED: a second
 * scheduler process skips it, and finds it no longer due once this commits)
 * and its subscription or plan: the subscription's own decisions (canceled,
 * ended, paused), the merchant-initiated payment on the stored card, then
 * dunning on a failure. The transaction carries `<charge>:<attempt>` as a
 * unique attempt key, also sent to the acquirer as its idempotency key: if
 * the process dies after the acquirer answered but before the commit, the
 * rerun asks again with the same key and is answered, not charged twice.
 * Runs "at" `at` (the due instant under a test clock, the platform time otherwise).
 */
export async function runRecurringCharge(deps: RecurringDeps, { chargeId, at }: { chargeId: string; at: Date }): Promise<RecurringChargeOutcome> {
  const clock = clockAt(at);
  return deps.db.transaction(async (db) => {
    const { recurringCharges: rc } = schema;
    const [charge] = await db
      .select()
      .from(rc)
      .where(and(eq(rc.id, chargeId), inArray(rc.status, ["scheduled", "retrying"]), lte(rc.nextAttemptAt, at)))
      .for("update", { skipLocked: true });
    if (!charge) return "not_due";
    const now = clock.now();
    const finish = async (changes: Partial<ChargeRow>) => {
      const [row] = await db.update(rc).set({ ...changes, updatedAt: now }).where(eq(rc.id, charge.id)).returning();
      return row!;
    };

    let subscription: SubscriptionRow | undefined;
    let plan: PlanRow | undefined;
    if (charge.subscriptionId) {
      [subscription] = await db.select().from(schema.subscriptions).where(eq(schema.subscriptions.id, charge.subscriptionId)).for("update");
      if (!subscription) throw new Error(`charge ${charge.id} names a missing subscription`);
      const decision = await subscriptionDecision(db, clock, subscription, charge);
      if (decision instanceof Date) {
        await finish({ nextAttemptAt: decision });
        return "postponed";
      }
      if (decision !== "charge") {
        await finish({ status: "skipped", nextAttemptAt: null });
        return "skipped";
      }
    } else {
      [plan] = await db.select().from(schema.installmentPlans).where(eq(schema.installmentPlans.id, charge.installmentPlanId!)).for("update");
      if (!plan) throw new Error(`charge ${charge.id} names a missing plan`);
      if (plan.status !== "active") {
        await finish({ status: "skipped", nextAttemptAt: null });
        return "skipped";
      }
    }
    const owner = (subscription ?? plan)!;
    const amount = charge.amount ?? subscription!.amount;
    const attempt = charge.attempts + 1;

    let transaction: typeof schema.transactions.$inferSelect | undefined;
    let declineCode: string | null = null;
    try {
      const result = await startCardPayment(
        { ...deps, db, clock },
        {
          merchantId: owner.merchantId,
          mode: owner.mode,
          source: { customerId: owner.customerId, cardId: owner.cardId },
          initiatedBy: "merchant",
          channel: "api",
          amount,
          currency: owner.currency,
          captureMode: "automatic",
          merchantReference: owner.merchantReference,
          customerEmail: null,
          paymentRequestId: null,
          threeDs: { notificationUrl: deps.urls.transactionNotificationUrl, challengeWindowSize: "05" },
          recurring: {
            subscriptionId: subscription?.id ?? null,
            installmentPlanId: plan?.id ?? null,
            billingPeriod: charge.period,
            recurringAttemptKey: `${charge.id}:${attempt}`,
            initialTransactionId: owner.initialTransactionId,
          },
        },
      );
      transaction = result.transaction;
      if (transaction.status !== "authorized" && transaction.status !== "captured") declineCode = transaction.declineCode ?? transaction.status;
    } catch (error) {
      // A card deleted (or its customer) since: no payment can be made; the charge fails cleanly, with its event.
      if (!isAppError(error) || !["card_not_chargeable", "merchant_initiated_not_allowed", "resource_not_found"].includes(error.code)) throw error;
      declineCode = error.code === "merchant_initiated_not_allowed" ? "merchant_initiated_not_allowed" : "card_deleted";
    }

    if (!declineCode && transaction) {
      const done = await finish({ status: "succeeded", amount, attempts: attempt, nextAttemptAt: null, lastTransactionId: transaction.id, lastDeclineCode: null });
      if (subscription) {
        const period = {
          currentPeriod: charge.period,
          currentPeriodStart: charge.periodStart,
          currentPeriodEnd: charge.periodEnd,
        };
        const newer = subscription.currentPeriod === null || charge.period >= subscription.currentPeriod;
        const updated = await changeSubscriptionStatus(db, clock, subscription, await statusAfterPayment(db, subscription, charge.period), newer ? period : {});
        await chargeEvent(db, clock, updated, "subscription.charge_succeeded", done, transaction.id);
        // The next period is queued (a no-op when its first attempt already did); its end and cancellation are decided when it is due.
        await scheduleSubscriptionPeriod(db, updated, charge.period + 1, now);
      } else if (plan) {
        await chargeEvent(db, clock, plan, "installment_plan.charge_succeeded", done, transaction.id);
        const [{ open }] = (await db
          .select({ open: sql<number>`count(*)::int` })
          .from(rc)
          .where(and(eq(rc.installmentPlanId, plan.id), sql`${rc.status} <> 'succeeded'`))) as [{ open: number }];
        if (open === 0) {
          const [completed] = await db.update(schema.installmentPlans).set({ status: "completed", updatedAt: now }).where(eq(schema.installmentPlans.id, plan.id)).returning();
          await planEvent(db, clock, completed!, "installment_plan.completed");
        }
      }
      return "succeeded";
    }

    // Dunning: retry on the merchant's schedule, counted from the charge's due date; hard declines at once to the end.
    const settings = await recurringSettings(db, owner.merchantId);
    const hard = HARD_DECLINES.has(declineCode!);
    const retryDay = settings.retryDays[attempt - 1];
    const firstDue = charge.periodStart;
    let nextAttemptAt = !hard && retryDay !== undefined ? addDays(firstDue, retryDay) : null;
    if (nextAttemptAt && nextAttemptAt <= now) nextAttemptAt = addDays(now, 1);
    const failed = await finish({
      status: nextAttemptAt ? "retrying" : "failed",
      amount,
      attempts: attempt,
      nextAttemptAt,
      lastTransactionId: transaction?.id ?? charge.lastTransactionId,
      lastDeclineCode: declineCode,
    });
    if (subscription) {
      await chargeEvent(db, clock, subscription, "subscription.charge_failed", failed, transaction?.id ?? null);
      if (nextAttemptAt) {
        // Each period is billed on its own date, whatever this one's retries do: the next period is queued now,
        // with its own charge row and its own dunning (periods falling due during the retries are not skipped).
        await scheduleSubscriptionPeriod(db, subscription, charge.period + 1, now);
        return "retrying";
      }
      const pastDue = subscription.status === "past_due" ? subscription : await changeSubscriptionStatus(db, clock, subscription, "past_due");
      if (settings.afterRetries === "cancel") await changeSubscriptionStatus(db, clock, pastDue, "canceled");
      // Kept past_due (as Stripe does): the failed period stays owed (its charge reads `failed`), and billing goes
      // on: the next period is charged on its date, with its own dunning (queued already when this one was first
      // tried with retries left; the insert is then a no-op); a later period paid makes the subscription active.
      else await scheduleSubscriptionPeriod(db, pastDue, charge.period + 1, now);
      return "failed";
    }
    await chargeEvent(db, clock, plan!, "installment_plan.charge_failed", failed, transaction?.id ?? null);
    if (nextAttemptAt) return "retrying";
    const [defaulted] = await db.update(schema.installmentPlans).set({ status: "defaulted", updatedAt: now }).where(eq(schema.installmentPlans.id, plan!.id)).returning();
    await db
      .update(rc)
      .set({ status: "skipped", nextAttemptAt: null, updatedAt: now })
      .where(and(eq(rc.installmentPlanId, plan!.id), eq(rc.status, "scheduled")));
    await planEvent(db, clock, defaulted!, "installment_plan.defaulted");
    return "failed";
  });
}

/**
 * What a subscription says of its due charge before any payment: a first
 * attempt checks that it still bills (not canceled, not ended, not paused);
 * a retry goes on unless the subscription was canceled. The period past the
 * end (or a cancellation at period end) waits (a date to postpone it to) while
 * an earlier period is still in retry: ending the subscription then would drop
 * that retry.
 */
async function subscriptionDecision(
  db: Database,
  clock: Clock,
  subscription: SubscriptionRow,
  charge: ChargeRow,
): Promise<"charge" | "skip" | Date> {
  if (subscription.status === "canceled" || subscription.status === "completed") return "skip";
  if (charge.status === "retrying") return "charge";
  const now = clock.now();
  const ended =
    (subscription.endAfterCycles !== null && charge.period >= subscription.endAfterCycles) ||
    (subscription.endAt !== null && charge.periodStart >= subscription.endAt);
  if (ended || subscription.cancelAtPeriodEnd) {
    const { recurringCharges: rc } = schema;
    const [pending] = await db
      .select({ at: rc.nextAttemptAt })
      .from(rc)
      .where(and(eq(rc.subscriptionId, subscription.id), ne(rc.id, charge.id), inArray(rc.status, ["scheduled", "retrying"])))
      .orderBy(desc(rc.nextAttemptAt))
      .limit(1);
    if (pending?.at) return pending.at > now ? pending.at : now;
    await changeSubscriptionStatus(db, clock, subscription, ended ? "completed" : "canceled");
    return "skip";
  }
  if (subscription.status === "paused") {
    // Not billed while paused: the period is skipped and the next one queued. A past_due subscription is billed.
    await scheduleSubscriptionPeriod(db, subscription, charge.period + 1, now);
    return "skip";
  }
  return "charge";
}
