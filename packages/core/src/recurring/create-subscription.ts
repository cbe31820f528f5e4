import { schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { createId } from "../ids/create-id";
import { findScoped, type MerchantScope } from "../scope";
import { subscriptionViewOf } from "./change-subscription-status";
import { recurringClock } from "./recurring-clock";
import type { SubscriptionView } from "./recurring-views";
import { runRecurringCharge, scheduleSubscriptionPeriod, type RecurringDeps } from "./run-recurring-charge";
import { addDays, checkAmountAndCurrency, periodStart, type BillingInterval } from "./schedule";

export interface CreateSubscriptionInput {
  customerId: string;
  cardId: string;
  amount: number;
  currency: string;
  interval: BillingInterval;
  intervalCount?: number | undefined;
  /** The first billing date (not in the past); default now. */
  startDate?: Date | undefined;
  /** Free days before the first charge; the billing anchor moves by as much. */
  trialDays?: number | undefined;
  /** Ends after this many paid periods… */
  endAfterCycles?: number | undefined;
  /** …or bills no period starting at or after this date. */
  endAt?: Date | undefined;
  merchantReference?: string | undefined;
  description?: string | undefined;
  metadata?: Record<string, string> | undefined;
}

/** The most an interval may span: a year. */
const MAX_INTERVAL_COUNT: Record<BillingInterval, number> = { day: 365, week: 52, month: 12, year: 1 };
/** Slack for a start date computed by the caller a moment ago. */
const PAST_TOLERANCE_MS = 5 * 60 * 1000;

const invalid = (param: string, message: string) => new AppError("parameter_invalid", message, { param });

/** Checks a saved card can carry merchant-initiated charges: the customer's, not deleted, with consent and a first customer-initiated payment. */
export async function loadChargeableCard(db: RecurringDeps["db"], scope: MerchantScope, customerId: string, cardId: string) {
  const customer = await findScoped(db, schema.customers, scope, customerId, { what: "customer", param: "customerId", prefix: "cus", where: isNull(schema.customers.deletedAt) });
  const card = await findScoped(db, schema.cards, scope, cardId, { what: "card", param: "cardId", prefix: "card", where: isNull(schema.cards.deletedAt) });
  // Another customer's card is not this customer's: not found, like an unknown one.
  if (card.customerId !== customer.id) throw new AppError("resource_not_found", `No such card: ${cardId.slice(0, 100)}`, { param: "cardId" });
  if (!card.consentObtainedAt) {
    throw new AppError("merchant_initiated_not_allowed", "No consent of the shopper to merchant-initiated charges is recorded on this card.", { param: "cardId" });
  }
  if (!card.initialTransactionId) {
    throw new AppError(
      "merchant_initiated_not_allowed",
      "The shopper has not paid with this card yet: recurring charges follow a first customer-initiated payment (the payment that saved the card, or a one-click payment).",
      { param: "cardId" },
    );
  }
  return { customer, card };
}

/**
 * A subscription on a customer's saved card. Its charges are
 * merchant-initiated on the stored credential and link to the card's first,
 * customer-initiated payment. Without a trial or a later start date, the
 * first period is charged at once (the answer then says whether it was
 * paid); otherwise it waits in the scheduler's queue. Times follow the
 * customer's test clock when it has one.
 */
export async function createSubscription(deps: RecurringDeps, { scope, input }: { scope: MerchantScope; input: CreateSubscriptionInput }): Promise<SubscriptionView> {
  checkAmountAndCurrency(input.amount, input.currency);
  const intervalCount = input.intervalCount ?? 1;
  if (!Object.hasOwn(MAX_INTERVAL_COUNT, input.interval)) throw invalid("interval", "interval is one of day, week, month, year.");
  if (!Number.isInteger(intervalCount) || intervalCount < 1 || intervalCount > MAX_INTERVAL_COUNT[input.interval]) {
    throw invalid("intervalCount", `intervalCount is an integer from 1 to ${MAX_INTERVAL_COUNT[input.interval]} for ${input.interval}: an interval spans at most a year.`);
  }
  const trialDays = input.trialDays ?? 0;
  if (!Number.isInteger(trialDays) || trialDays < 0 || trialDays > 730) throw invalid("trialDays", "trialDays is an integer from 0 to 730.");
  if (input.endAfterCycles !== undefined && (!Number.isInteger(input.endAfterCycles) || input.endAfterCycles < 1 || input.endAfterCycles > 1000)) {
    throw invalid("endAfterCycles", "endAfterCycles is an integer from 1 to 1000.");
  }
  if (input.endAfterCycles !== undefined && input.endAt !== undefined) throw invalid("endAt", "Give endAfterCycles or endAt, not both.");

  const { db } = deps;
  const { customer, card } = await loadChargeableCard(db, scope, input.customerId, input.cardId);
  const clock = await recurringClock(db, deps.clock, customer.testClockId);
  const now = clock.now();
  const start = input.startDate ?? now;
  if (Number.isNaN(start.getTime()) || start.getTime() < now.getTime() - PAST_TOLERANCE_MS) throw invalid("startDate", "startDate must not be in the past.");
  const anchor = addDays(start, trialDays);
  if (input.endAt !== undefined && (Number.isNaN(input.endAt.getTime()) || input.endAt <= anchor)) {
    throw invalid("endAt", "endAt must be after the first billing date.");
  }

  const id = createId("sub");
  const subscription = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.subscriptions)
      .values({
        id,
        merchantId: scope.merchantId,
        mode: scope.mode,
        customerId: customer.id,
        cardId: card.id,
        testClockId: customer.testClockId,
        status: trialDays > 0 ? "trialing" : "active",
        amount: input.amount,
        currency: input.currency,
        interval: input.interval,
        intervalCount,
        billingAnchor: anchor,
        trialEnd: trialDays > 0 ? anchor : null,
        endAfterCycles: input.endAfterCycles ?? null,
        endAt: input.endAt ?? null,
        initialTransactionId: card.initialTransactionId,
        merchantReference: input.merchantReference ?? null,
        description: input.description ?? null,
        metadata: input.metadata ?? {},
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("subscription insert returned nothing");
    await scheduleSubscriptionPeriod(tx, row, 0, now);
    await recordEvent(tx, clock, { merchantId: row.merchantId, mode: row.mode, type: "subscription.created", objectId: row.id, data: (await subscriptionViewOf(tx, row)) as unknown as Record<string, unknown> });
    return row;
  });
  // Due now: the first period is charged before answering, through the scheduler's own path.
  if (periodStart(anchor, input.interval, intervalCount, 0) <= now) {
    const [charge] = await db.select({ id: schema.recurringCharges.id }).from(schema.recurringCharges).where(subscriptionPeriodZero(subscription.id));
    if (charge) await runRecurringCharge(deps, { chargeId: charge.id, at: now });
  }
  const [fresh] = await db.select().from(schema.subscriptions).where(idIs(subscription.id));
  return subscriptionViewOf(db, fresh!);
}

const idIs = (id: string) => eq(schema.subscriptions.id, id);
const subscriptionPeriodZero = (id: string) => and(eq(schema.recurringCharges.subscriptionId, id), eq(schema.recurringCharges.period, 0));
