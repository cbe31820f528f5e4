import { cancelSubscription } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { options, outcome, type Params } from "../../subscription-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { cancelSubscriptionFields } from "./schema";

export const cancelSubscriptionOptions = options("subscription.cancel");
/** POST /dashboard/subscriptions/{id}/cancel – now, or at the end of the period (`when=period_end`), with the API's cancelSubscription. */
export async function cancelSubscriptionAction({ context, staff, params, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const atPeriodEnd = parseBody(cancelSubscriptionFields, formObject(fields)).when === "period_end";
  const subscription = await cancelSubscription(context, { scope: { merchantId: staff.merchantId, mode: staff.mode }, subscriptionId: params.id, atPeriodEnd });
  return outcome(subscription, atPeriodEnd ? "subscription_ending" : "subscription_canceled", { atPeriodEnd });
}
