import { getSubscription, hasRole, listSubscriptionCharges, periodStart } from "@jeton/core";
import Link from "next/link";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { StaffForm } from "@/backoffice/staff-form";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";
import { RecurringChargesTable } from "../../recurring-charges-table";

export const dynamic = "force-dynamic";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// GET /dashboard/subscriptions/{id} – one subscription: terms, charges and retries, upcoming dates, and (admin and owner) cancel, pause, resume.
export default async function SubscriptionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const { id } = await params;
  const query = await searchParams;
  const scope = { merchantId: staff.merchantId, mode: staff.mode };
  const subscription = await orNotFound(() => getSubscription(context, { scope, subscriptionId: id }));
  const { data: charges } = await listSubscriptionCharges(context, { scope, subscriptionId: id });
  const live = !["canceled", "completed"].includes(subscription.status);
  const next = subscription.nextCharge?.period ?? null;
  const upcoming =
    live && next !== null
      ? [0, 1, 2].map((i) => periodStart(new Date(subscription.billingAnchor), subscription.interval, subscription.intervalCount, next + i))
      : [];
  const canAct = hasRole(staff.role, "admin") && live;
  const back = `/dashboard/subscriptions/${subscription.id}`;
  const label = subscription.merchantReference ?? subscription.id;
  return (
    <>
      <p>
        <Link href="/dashboard/subscriptions">← Subscriptions</Link>
      </p>
      <h1>
        Subscription {label} <span data-testid="subscription-status">{subscription.status}</span>
      </h1>
      <FlashMessage notice={query.notice} error={first(query.error)} />
      <div className="bo-grid">
        <section className="bo-card" aria-labelledby="terms">
          <h2 id="terms">Terms</h2>
          <dl className="bo-figures">
            <dt>Amount</dt>
            <dd>{formatMoney(subscription.amount, subscription.currency)}</dd>
            <dt>Every</dt>
            <dd>
              {subscription.intervalCount} {subscription.interval}
            </dd>
            <dt>Customer</dt>
            <dd>{subscription.customerId}</dd>
            <dt>Card</dt>
            <dd>{subscription.cardId}</dd>
            <dt>Current period</dt>
            <dd>{subscription.currentPeriodStart ? `${formatDateTime(subscription.currentPeriodStart)} – ${formatDateTime(subscription.currentPeriodEnd!)}` : "not charged yet"}</dd>
            <dt>Ends</dt>
            <dd>{subscription.endAfterCycles ? `after ${subscription.endAfterCycles} periods` : subscription.endAt ? formatDateTime(subscription.endAt) : subscription.cancelAtPeriodEnd ? "at the end of the period" : "never"}</dd>
            <dt>Test clock</dt>
            <dd>{subscription.testClockId ?? "—"}</dd>
          </dl>
        </section>
        <section className="bo-card" aria-labelledby="upcoming">
          <h2 id="upcoming">Upcoming dates</h2>
          {upcoming.length ? (
            <ul data-testid="upcoming-dates">
              {upcoming.map((date) => (
                <li key={date.toISOString()}>{formatDateTime(date)}</li>
              ))}
            </ul>
          ) : (
            <p className="bo-hint">Nothing more is billed.</p>
          )}
        </section>
        {canAct ? (
          <section className="bo-card" aria-labelledby="actions">
            <h2 id="actions">Actions</h2>
            {subscription.status === "paused" ? (
              <StaffForm action={`${back}/resume`} csrf={staff.csrf} back={back}>
                <ConfirmSubmit question={`Resume subscription ${label}?`} confirmLabel="Resume">
                  Resume
                </ConfirmSubmit>
              </StaffForm>
            ) : (
              <StaffForm action={`${back}/pause`} csrf={staff.csrf} back={back}>
                <p className="bo-hint">Periods falling due while paused are not charged.</p>
                <ConfirmSubmit question={`Pause subscription ${label}?`} confirmLabel="Pause">
                  Pause
                </ConfirmSubmit>
              </StaffForm>
            )}
            {!subscription.cancelAtPeriodEnd ? (
              <StaffForm action={`${back}/cancel`} csrf={staff.csrf} back={back}>
                <input type="hidden" name="when" value="period_end" />
                <ConfirmSubmit question={`Cancel subscription ${label} at the end of the period?`} confirmLabel="Cancel at period end">
                  Cancel at period end
                </ConfirmSubmit>
              </StaffForm>
            ) : null}
            <StaffForm action={`${back}/cancel`} csrf={staff.csrf} back={back}>
              <input type="hidden" name="when" value="now" />
              <ConfirmSubmit question={`Cancel subscription ${label} now? Nothing more will be charged.`} confirmLabel="Cancel now" danger>
                Cancel now
              </ConfirmSubmit>
            </StaffForm>
          </section>
        ) : null}
      </div>
      <h2>Charges and retries</h2>
      <RecurringChargesTable charges={charges} amount={subscription.amount} />
    </>
  );
}
