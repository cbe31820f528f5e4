import type { CreatePaymentRequestParams, CreateSubscriptionParams, JetonClient, Transaction } from "@jeton/node";
import { html, type Html } from "./html";

/**
 * What the shop asks Jeton for its recurring checkouts, through @jeton/node: test clocks, customers on
 * them, payment requests with instalments, subscriptions, plans, and the charges the scheduler made.
 */
export function createRecurringApi(jeton: JetonClient) {
  return {
    createTestClock: (frozenTime: Date) => jeton.testClocks.create({ frozenTime: frozenTime.toISOString(), name: "demo shop" }),
    getTestClock: (id: string) => jeton.testClocks.retrieve(id),
    // The advance runs in Jeton's background worker: the order page waits for the clock to be ready again.
    advanceTestClock: (id: string, to: Date) => jeton.testClocks.advanceAndWait(id, { to: to.toISOString() }),
    createCustomer: (email: string, testClockId: string) => jeton.customers.create({ email, testClockId }),
    createPaymentRequest: (body: CreatePaymentRequestParams, idempotencyKey: string) => jeton.paymentRequests.create(body, { idempotencyKey }),
    getPaymentRequest: (id: string) => jeton.paymentRequests.retrieve(id),
    createSubscription: (body: CreateSubscriptionParams, idempotencyKey: string) => jeton.subscriptions.create(body, { idempotencyKey }),
    getSubscription: (id: string) => jeton.subscriptions.retrieve(id),
    getInstallmentPlan: (id: string) => jeton.installmentPlans.retrieve(id),
    listCharges: (filter: "subscriptionId" | "installmentPlanId", id: string) => jeton.transactions.list({ [filter]: id, limit: 100 }),
  };
}

export type RecurringApi = ReturnType<typeof createRecurringApi>;
/** What an order of the "subscribe monthly" or "pay in 3" checkout keeps: its test clock and customer, then the subscription or plan. */
export interface RecurringOrder {
  kind: "subscription" | "installments";
  testClockId: string;
  customerId: string;
  subscriptionId?: string;
  installmentPlanId?: string;
  /** Why the subscription could not be made after the first payment (e.g. consent not given). */
  problem?: string;
}

/** One calendar month later, at the same UTC time (the 31st clamps like Jeton's schedule). */
export function oneMonthAfter(date: Date): Date {
  const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()));
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(date.getUTCDate(), last));
  return next;
}

const money = (amount: number) => `${(amount / 100).toFixed(2).replace(".", ",")} €`;

/** The order page's recurring section: the clock, the plan or subscription, every charge made, and the demo's "advance a month" button. */
export async function recurringPanel(api: RecurringApi, orderId: string, recurring: RecurringOrder): Promise<Html> {
  const clock = await api.getTestClock(recurring.testClockId);
  let summary = html``;
  let charges: Transaction[] = [];
  if (recurring.installmentPlanId) {
    const plan = await api.getInstallmentPlan(recurring.installmentPlanId);
    charges = (await api.listCharges("installmentPlanId", plan.id)).data;
    summary = html`<p>Instalment plan <code data-testid="plan-id">${plan.id}</code>: <strong data-testid="plan-status">${plan.status}</strong></p>
<ol data-testid="plan-schedule">${plan.installments.map((i) => html`<li>${i.periodStart.slice(0, 10)} — ${money(i.amount ?? 0)} — ${i.status}</li>`)}</ol>`;
  } else if (recurring.subscriptionId) {
    const subscription = await api.getSubscription(recurring.subscriptionId);
    charges = (await api.listCharges("subscriptionId", subscription.id)).data;
    summary = html`<p>Subscription <code data-testid="subscription-id">${subscription.id}</code>: <strong data-testid="subscription-status">${subscription.status}</strong>${subscription.nextCharge ? `, next charge ${subscription.nextCharge.periodStart.slice(0, 10)}` : ""}</p>`;
  }
  const later = charges.filter((c) => c.initiatedBy === "merchant").sort((a, b) => (a.billingPeriod ?? 0) - (b.billingPeriod ?? 0));
  return html`<h2>${recurring.kind === "installments" ? "Payment in 3" : "Monthly subscription"}</h2>
${recurring.problem ? html`<p role="alert" data-testid="recurring-problem">${recurring.problem}</p>` : html``}
${summary}
<h3>Charges made by Jeton's scheduler</h3>
<ul data-testid="scheduled-charges">${later.map((c) => html`<li data-testid="scheduled-charge">#${(c.billingPeriod ?? 0) + 1} — ${c.createdAt.slice(0, 10)} — ${money(c.amount)} — ${c.status}</li>`)}</ul>
${later.length === 0 ? html`<p class="muted">None yet.</p>` : html``}
<p class="muted">Test clock <code data-testid="clock-id">${clock.id}</code> reads <span data-testid="clock-time">${clock.frozenTime}</span> (${clock.status}).</p>
<form method="post" action="/orders/${orderId}/advance-clock">
  <button type="submit" data-testid="advance-clock">Advance the test clock by one month</button>
  <span class="muted">runs every charge and retry that falls due, as the months would</span>
</form>`;
}
