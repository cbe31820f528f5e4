import { cancelSubscription, pauseSubscription, resumeSubscription, type SubscriptionView } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };

const options = (action: string): StaffMutationOptions<Params> => ({ action, role: "admin", target: (params) => ({ type: "subscription", id: params.id }) });

function outcome(subscription: SubscriptionView, notice: string, details: Record<string, unknown> = {}): StaffMutationOutcome {
  return {
    redirect: `/dashboard/subscriptions/${subscription.id}`,
    notice,
    target: { type: "subscription", id: subscription.id },
    details,
    json: { status: subscription.status, cancelAtPeriodEnd: subscription.cancelAtPeriodEnd },
  };
}

export const cancelSubscriptionOptions = options("subscription.cancel");
/** POST /dashboard/subscriptions/{id}/cancel – now, or at the end of the period (`when=period_end`), with the API's cancelSubscription. */
export async function cancelSubscriptionAction({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const atPeriodEnd = fields.get("when") === "period_end";
  const subscription = await cancelSubscription(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, subscriptionId: params.id, atPeriodEnd });
  return outcome(subscription, atPeriodEnd ? "subscription_ending" : "subscription_canceled", { atPeriodEnd });
}

export const pauseSubscriptionOptions = options("subscription.pause");
/** POST /dashboard/subscriptions/{id}/pause. */
export async function pauseSubscriptionAction({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  return outcome(await pauseSubscription(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, subscriptionId: params.id }), "paused");
}

export const resumeSubscriptionOptions = options("subscription.resume");
/** POST /dashboard/subscriptions/{id}/resume. */
export async function resumeSubscriptionAction({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  return outcome(await resumeSubscription(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, subscriptionId: params.id }), "resumed");
}
