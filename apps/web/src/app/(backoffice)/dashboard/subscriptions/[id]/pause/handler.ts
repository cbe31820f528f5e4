import { pauseSubscription } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { options, outcome, type Params } from "../../subscription-mutation";

export const pauseSubscriptionOptions = options("subscription.pause");
/** POST /dashboard/subscriptions/{id}/pause. */
export async function pauseSubscriptionAction({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  return outcome(await pauseSubscription(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, subscriptionId: params.id }), "paused");
}
