import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { createId } from "../ids/create-id";
import { recurringClock } from "./recurring-clock";
import { toInstallmentPlanView } from "./recurring-views";
import { installmentSchedule, periodStart } from "./schedule";

type PaymentRequestRow = typeof schema.paymentRequests.$inferSelect;

/**
 * Once the first instalment of a payment request is paid and its card saved:
 * the plan, with its first instalment `succeeded` (that payment) and the next
 * ones queued for the scheduler at their dates, counted from the first
 * payment (at the customer's test clock time, when it has one). Runs inside
 * the transaction that records the payment's success.
 */
export async function createInstallmentPlan(
  db: Database,
  platformClock: Clock,
  { paymentRequest, transactionId, customerId, cardId }: { paymentRequest: PaymentRequestRow; transactionId: string; customerId: string; cardId: string },
): Promise<typeof schema.installmentPlans.$inferSelect> {
  const plan = paymentRequest.installments!;
  const [customer] = await db.select({ testClockId: schema.customers.testClockId }).from(schema.customers).where(eq(schema.customers.id, customerId));
  const testClockId = customer?.testClockId ?? null;
  const clock = await recurringClock(db, platformClock, testClockId);
  const now = clock.now();
  const id = createId("ipl");
  const [row] = await db
    .insert(schema.installmentPlans)
    .values({
      id,
      merchantId: paymentRequest.merchantId,
      mode: paymentRequest.mode,
      paymentRequestId: paymentRequest.id,
      customerId,
      cardId,
      testClockId,
      status: "active",
      totalAmount: paymentRequest.amount,
      currency: paymentRequest.currency,
      count: plan.count,
      interval: plan.interval,
      initialTransactionId: transactionId,
      merchantReference: paymentRequest.merchantReference,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("installment plan insert returned nothing");
  const schedule = installmentSchedule({ amount: paymentRequest.amount, count: plan.count, interval: plan.interval, start: now });
  const charges = await db
    .insert(schema.recurringCharges)
    .values(
      schedule.map((due) => ({
        id: createId("rch"),
        merchantId: row.merchantId,
        mode: row.mode,
        installmentPlanId: row.id,
        testClockId,
        period: due.sequence,
        periodStart: due.dueAt,
        periodEnd: periodStart(now, plan.interval, 1, due.sequence + 1),
        amount: due.amount,
        currency: row.currency,
        status: due.sequence === 0 ? ("succeeded" as const) : ("scheduled" as const),
        attempts: due.sequence === 0 ? 1 : 0,
        nextAttemptAt: due.sequence === 0 ? null : due.dueAt,
        lastTransactionId: due.sequence === 0 ? transactionId : null,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .returning();
  await db.update(schema.transactions).set({ installmentPlanId: row.id, billingPeriod: 0 }).where(eq(schema.transactions.id, transactionId));
  await recordEvent(db, platformClock, {
    merchantId: row.merchantId,
    mode: row.mode,
    type: "installment_plan.created",
    objectId: row.id,
    data: toInstallmentPlanView(row, charges) as unknown as Record<string, unknown>,
  });
  return row;
}
