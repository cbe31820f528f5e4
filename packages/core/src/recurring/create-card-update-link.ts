import { type Database, schema } from "@jeton/db";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import type { PaymentRequestView } from "../payment-requests/payment-request-view";
import { findScoped, type MerchantScope } from "../scope";
import type { PlatformUrls } from "../urls/platform-urls";
import type { Vault } from "../vault/create-vault";
import { changeSubscriptionStatus } from "./change-subscription-status";
import { clockAt, recurringClock } from "./recurring-clock";
import { scheduleSubscriptionPeriod, statusAfterPayment } from "./run-recurring-charge";
import { recordEvent } from "../events/record-event";
import { toRecurringChargeView } from "./recurring-views";
import { toTransactionView } from "../transactions/transaction-view";

/** The charge a card update pays: the latest one that failed or waits for a retry. */
async function dueCharge(db: Pick<Database, "select">, subscriptionId: string) {
  const [due] = await db
    .select()
    .from(schema.recurringCharges)
    .where(and(eq(schema.recurringCharges.subscriptionId, subscriptionId), inArray(schema.recurringCharges.status, ["failed", "retrying"])))
    .orderBy(desc(schema.recurringCharges.period))
    .limit(1);
  return due ?? null;
}

/**
 * A hosted page where the shopper gives a new card for a subscription whose
 * charge failed: a payment request for the amount due that saves the card.
 * The shopper pays it with 3-D Secure (the page states that the card
 * replaces the subscription's); that payment is the retry, and the new card
 * then carries the next charges. Only while an amount is due (retrying, or
 * past due): otherwise `POST /subscriptions/{id}` with a cardId changes the card.
 */
export async function createCardUpdateLink(
  deps: { db: Database; vault: Vault; clock: Clock; acquirers: AcquirerRegistry; urls: PlatformUrls },
  { scope, subscriptionId, returnUrl }: { scope: MerchantScope; subscriptionId: string; returnUrl: string },
): Promise<PaymentRequestView> {
  const subscription = await findScoped(deps.db, schema.subscriptions, scope, subscriptionId, { what: "subscription", prefix: "sub" });
  const due = await dueCharge(deps.db, subscription.id);
  const open = subscription.status !== "canceled" && subscription.status !== "completed";
  if (!open || !due || (due.status === "failed" && subscription.status !== "past_due")) {
    throw new AppError("invalid_state_transition", "Nothing is due on this subscription; change its card with POST /api/v1/subscriptions/{id} and a cardId.");
  }
  const request = await createPaymentRequest(deps, {
    merchantId: scope.merchantId,
    mode: scope.mode,
    input: {
      amount: due.amount ?? subscription.amount,
      currency: subscription.currency,
      returnUrl,
      saveCard: true,
      customerId: subscription.customerId,
      merchantReference: subscription.merchantReference ?? undefined,
      description: subscription.description ?? "Update your card",
      subscriptionId: subscription.id,
    },
  });
  return request;
}

/**
 * The card-update page was paid: the new card replaces the subscription's,
 * the amount due is settled by that payment, and billing goes on from the
 * next date. Runs inside the transaction that records the payment.
 */
export async function applyCardUpdate(db: Database, platformClock: Clock, { subscriptionId, cardId, transactionId }: { subscriptionId: string; cardId: string; transactionId: string }): Promise<void> {
  const [subscription] = await db.select().from(schema.subscriptions).where(eq(schema.subscriptions.id, subscriptionId)).for("update");
  if (!subscription || subscription.status === "canceled" || subscription.status === "completed") return;
  const clock = await recurringClock(db, platformClock, subscription.testClockId);
  const now = clock.now();
  const due = await dueCharge(db, subscription.id);
  const cardChange = { cardId, initialTransactionId: transactionId };
  if (!due) {
    await changeSubscriptionStatus(db, clock, subscription, subscription.status, cardChange);
    return;
  }
  const [paid] = await db
    .update(schema.recurringCharges)
    .set({ status: "succeeded", attempts: due.attempts + 1, nextAttemptAt: null, lastTransactionId: transactionId, lastDeclineCode: null, updatedAt: now })
    .where(eq(schema.recurringCharges.id, due.id))
    .returning();
  const [transaction] = await db
    .update(schema.transactions)
    .set({ subscriptionId: subscription.id, billingPeriod: due.period })
    .where(eq(schema.transactions.id, transactionId))
    .returning();
  const updated = await changeSubscriptionStatus(db, clock, subscription, await statusAfterPayment(db, subscription, due.period), {
    ...cardChange,
    currentPeriod: due.period,
    currentPeriodStart: due.periodStart,
    currentPeriodEnd: due.periodEnd,
  });
  await recordEvent(db, clockAt(now), {
    merchantId: updated.merchantId,
    mode: updated.mode,
    type: "subscription.charge_succeeded",
    objectId: updated.id,
    data: { subscriptionId: updated.id, charge: toRecurringChargeView(paid!), transaction: transaction ? toTransactionView(transaction) : null },
  });
  // Normally a no-op: the next period was queued when the paid one was first tried.
  await scheduleSubscriptionPeriod(db, updated, due.period + 1, now);
}
