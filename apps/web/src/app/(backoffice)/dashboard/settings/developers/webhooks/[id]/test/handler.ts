import { sendTestWebhook as sendMerchantTestWebhook } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };
export const sendTestWebhookOptions: StaffMutationOptions<Params> = {
  action: "webhook_endpoint.test",
  role: "admin",
  target: (params) => ({ type: "webhook_endpoint", id: params.id.slice(0, 100) }),
};

/** POST /dashboard/settings/developers/webhooks/{id}/test – a `webhook.test` event for this endpoint only; the worker delivers it. */
export async function sendTestWebhook({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { eventId } = await sendMerchantTestWebhook(context, { merchantId: staff.merchantId, mode: staff.mode, endpointId: params.id });
  return {
    redirect: `/dashboard/settings/developers/webhooks/${params.id}`,
    notice: "test_sent",
    target: { type: "webhook_endpoint", id: params.id },
    details: { eventId },
    json: { eventId },
  };
}
