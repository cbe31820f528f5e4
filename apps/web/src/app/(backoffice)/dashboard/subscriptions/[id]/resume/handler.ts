import { resumeSubscription } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { options, outcome, type Params } from "../../subscription-mutation";

export const resumeSubscriptionOptions = options("subscription.resume");
/** POST /dashboard/subscriptions/{id}/resume. */
export async function resumeSubscriptionAction({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  return outcome(await resumeSubscription(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, subscriptionId: params.id }), "resumed");
}
