/** What the subscription actions of the back-office share: their audit options and their outcome. */
import type { SubscriptionView } from "@jeton/core";
import type { StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

export type Params = { id: string };

export const options = (action: string): StaffMutationOptions<Params> => ({ action, role: "admin", target: (params) => ({ type: "subscription", id: params.id }) });

export function outcome(subscription: SubscriptionView, notice: string, details: Record<string, unknown> = {}): StaffMutationOutcome {
  return {
    redirect: `/dashboard/subscriptions/${subscription.id}`,
    notice,
    target: { type: "subscription", id: subscription.id },
    details,
    json: { status: subscription.status, cancelAtPeriodEnd: subscription.cancelAtPeriodEnd },
  };
}
