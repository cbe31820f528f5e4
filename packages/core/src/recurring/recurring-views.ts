import type { schema } from "@jeton/db";
import { z } from "zod";
import { transactionView } from "../transactions/transaction-view";
import { currencyView, metadataView, minorAmount, modeView, timestamp } from "../views/view-atoms";

// The public shapes of recurring objects, as zod schemas (issue 15 turns them
// into OpenAPI response schemas); the TypeScript types are inferred from them.

const isoDate = timestamp;

export const testClockView = z.object({
  id: z.string(),
  object: z.literal("test_clock"),
  name: z.string().nullable(),
  frozenTime: isoDate,
  /** `advancing` while the background worker runs the clock's due work towards `advancingTo`; `ready` otherwise. */
  status: z.enum(["ready", "advancing"]),
  advancingTo: isoDate.nullable().describe("While `advancing`: the time the clock is being moved to; null when `ready`."),
  mode: z.literal("test").describe("Test clocks exist in test mode only."),
  createdAt: isoDate,
}).meta({ id: "TestClock" });
export type TestClockView = z.infer<typeof testClockView>;

export const recurringChargeView = z.object({
  id: z.string(),
  object: z.literal("recurring_charge"),
  period: z.number().int(),
  periodStart: isoDate,
  periodEnd: isoDate.nullable(),
  /** Minor units; null until the charge is made (a change of amount applies from the next period). */
  amount: minorAmount.nullable(),
  currency: currencyView,
  status: z.enum(["scheduled", "retrying", "succeeded", "failed", "skipped"]),
  attempts: z.number().int(),
  nextAttemptAt: isoDate.nullable(),
  lastTransactionId: z.string().nullable(),
  lastDeclineCode: z.string().nullable(),
}).meta({ id: "RecurringCharge" });
export type RecurringChargeView = z.infer<typeof recurringChargeView>;

export const subscriptionView = z.object({
  id: z.string(),
  object: z.literal("subscription"),
  status: z.enum(["trialing", "active", "past_due", "paused", "canceled", "completed"]),
  customerId: z.string(),
  cardId: z.string(),
  testClockId: z.string().nullable(),
  amount: minorAmount,
  currency: currencyView,
  interval: z.enum(["day", "week", "month", "year"]),
  intervalCount: z.number().int(),
  billingAnchor: isoDate,
  trialEnd: isoDate.nullable(),
  currentPeriod: z.number().int().nullable(),
  currentPeriodStart: isoDate.nullable(),
  currentPeriodEnd: isoDate.nullable(),
  endAfterCycles: z.number().int().nullable(),
  endAt: isoDate.nullable(),
  cancelAtPeriodEnd: z.boolean(),
  initialTransactionId: z.string().nullable(),
  merchantReference: z.string().nullable(),
  description: z.string().nullable(),
  metadata: metadataView,
  mode: modeView,
  createdAt: isoDate,
  canceledAt: isoDate.nullable(),
  pausedAt: isoDate.nullable(),
  /** The next charge the scheduler will make (or retry), if any. */
  nextCharge: recurringChargeView.nullable(),
}).meta({ id: "Subscription" });
export type SubscriptionView = z.infer<typeof subscriptionView>;

export const installmentPlanView = z.object({
  id: z.string(),
  object: z.literal("installment_plan"),
  status: z.enum(["active", "completed", "defaulted", "canceled"]),
  paymentRequestId: z.string().nullable(),
  customerId: z.string(),
  cardId: z.string(),
  testClockId: z.string().nullable(),
  totalAmount: minorAmount,
  currency: currencyView,
  count: z.number().int(),
  interval: z.enum(["month", "week"]),
  initialTransactionId: z.string().nullable(),
  merchantReference: z.string().nullable(),
  mode: modeView,
  createdAt: isoDate,
  /** Every instalment: its date, amount and outcome. */
  installments: z.array(recurringChargeView),
}).meta({ id: "InstallmentPlan" });
export type InstallmentPlanView = z.infer<typeof installmentPlanView>;

type ChargeRow = typeof schema.recurringCharges.$inferSelect;
const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toTestClockView(row: typeof schema.testClocks.$inferSelect): TestClockView {
  return { id: row.id, object: "test_clock", name: row.name, frozenTime: row.frozenTime.toISOString(), status: row.status, advancingTo: iso(row.advanceTo), mode: "test", createdAt: row.createdAt.toISOString() };
}

export function toRecurringChargeView(row: ChargeRow): RecurringChargeView {
  return {
    id: row.id,
    object: "recurring_charge",
    period: row.period,
    periodStart: row.periodStart.toISOString(),
    periodEnd: iso(row.periodEnd),
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: iso(row.nextAttemptAt),
    lastTransactionId: row.lastTransactionId,
    lastDeclineCode: row.lastDeclineCode,
  };
}

export function toSubscriptionView(row: typeof schema.subscriptions.$inferSelect, nextCharge: ChargeRow | null): SubscriptionView {
  return {
    id: row.id,
    object: "subscription",
    status: row.status,
    customerId: row.customerId,
    cardId: row.cardId,
    testClockId: row.testClockId,
    amount: row.amount,
    currency: row.currency,
    interval: row.interval,
    intervalCount: row.intervalCount,
    billingAnchor: row.billingAnchor.toISOString(),
    trialEnd: iso(row.trialEnd),
    currentPeriod: row.currentPeriod,
    currentPeriodStart: iso(row.currentPeriodStart),
    currentPeriodEnd: iso(row.currentPeriodEnd),
    endAfterCycles: row.endAfterCycles,
    endAt: iso(row.endAt),
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    initialTransactionId: row.initialTransactionId,
    merchantReference: row.merchantReference,
    description: row.description,
    metadata: row.metadata,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
    canceledAt: iso(row.canceledAt),
    pausedAt: iso(row.pausedAt),
    nextCharge: nextCharge ? toRecurringChargeView(nextCharge) : null,
  };
}

export function toInstallmentPlanView(row: typeof schema.installmentPlans.$inferSelect, charges: ChargeRow[]): InstallmentPlanView {
  return {
    id: row.id,
    object: "installment_plan",
    status: row.status,
    paymentRequestId: row.paymentRequestId,
    customerId: row.customerId,
    cardId: row.cardId,
    testClockId: row.testClockId,
    totalAmount: row.totalAmount,
    currency: row.currency,
    count: row.count,
    interval: row.interval,
    initialTransactionId: row.initialTransactionId,
    merchantReference: row.merchantReference,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
    installments: [...charges].sort((a, b) => a.period - b.period).map(toRecurringChargeView),
  };
}

/** The data of `subscription.charge_*` and `installment_plan.charge_*` events: the period charged, and the transaction made (null when none could be, e.g. a deleted card). */
export const recurringChargeEventView = z
  .object({
    subscriptionId: z.string().optional(),
    installmentPlanId: z.string().optional(),
    charge: recurringChargeView,
    transaction: transactionView.nullable(),
  })
  .meta({ id: "RecurringChargeEvent" });
