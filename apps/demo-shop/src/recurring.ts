import { html, type Html } from "./html";

/**
 * The recurring routes of Jeton's API that the shop uses (test clocks, subscriptions, instalment
 * plans). @jeton/node has no methods for them yet, so this calls them with fetch and the secret key,
 * exactly as the SDK would.
 */
export function createRecurringApi(apiBase: string, secretKey: string) {
  async function call<T = Record<string, unknown>>(method: "GET" | "POST", path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${secretKey}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
    const response = await fetch(`${apiBase}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), signal: AbortSignal.timeout(60_000) });
    const answer = (await response.json()) as T & { error?: { code: string; message: string } };
    if (!response.ok) throw new RecurringApiError(answer.error?.code ?? "error", answer.error?.message ?? `HTTP ${response.status}`);
    return answer;
  }
  return {
    createTestClock: (frozenTime: Date) => call<TestClock>("POST", "/api/v1/test-clocks", { frozenTime: frozenTime.toISOString(), name: "demo shop" }),
    getTestClock: (id: string) => call<TestClock>("GET", `/api/v1/test-clocks/${encodeURIComponent(id)}`),
    advanceTestClock: (id: string, to: Date) => call<TestClock>("POST", `/api/v1/test-clocks/${encodeURIComponent(id)}/advance`, { to: to.toISOString() }),
    createCustomer: (email: string, testClockId: string) => call<{ id: string }>("POST", "/api/v1/customers", { email, testClockId }),
    createPaymentRequest: (body: Record<string, unknown>, idempotencyKey: string) =>
      call<{ id: string; mode: "test" | "live"; url: string; embedUrl: string }>("POST", "/api/v1/payment-requests", body, idempotencyKey),
    getPaymentRequest: (id: string) => call<{ cardId: string | null; customerId: string | null; installmentPlanId: string | null }>("GET", `/api/v1/payment-requests/${encodeURIComponent(id)}`),
    createSubscription: (body: Record<string, unknown>, idempotencyKey: string) => call<{ id: string; status: string }>("POST", "/api/v1/subscriptions", body, idempotencyKey),
    getSubscription: (id: string) => call<{ id: string; status: string; nextCharge: { periodStart: string } | null }>("GET", `/api/v1/subscriptions/${encodeURIComponent(id)}`),
    getInstallmentPlan: (id: string) => call<{ id: string; status: string; installments: Installment[] }>("GET", `/api/v1/installment-plans/${encodeURIComponent(id)}`),
    listCharges: (filter: "subscriptionId" | "installmentPlanId", id: string) =>
      call<{ data: Charge[] }>("GET", `/api/v1/transactions?${filter}=${encodeURIComponent(id)}&limit=100`),
  };
}

export type RecurringApi = ReturnType<typeof createRecurringApi>;
export class RecurringApiError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}
interface TestClock {
  id: string;
  frozenTime: string;
  status: string;
}
interface Installment {
  period: number;
  periodStart: string;
  amount: number | null;
  status: string;
}
interface Charge {
  id: string;
  billingPeriod: number | null;
  amount: number;
  status: string;
  initiatedBy: string;
  createdAt: string;
}

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
  let charges: Charge[] = [];
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
<p class="muted">Test clock <code>${clock.id}</code> reads <span data-testid="clock-time">${clock.frozenTime}</span> (${clock.status}).</p>
<form method="post" action="/orders/${orderId}/advance-clock">
  <button type="submit" data-testid="advance-clock">Advance the test clock by one month</button>
  <span class="muted">runs every charge and retry that falls due, as the months would</span>
</form>`;
}
