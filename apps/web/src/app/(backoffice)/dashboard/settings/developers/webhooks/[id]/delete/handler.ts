import { deleteWebhookEndpoint as deleteMerchantWebhookEndpoint } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";

type Params = { id: string };
export const deleteWebhookEndpointOptions: StaffMutationOptions<Params> = {
  action: "webhook_endpoint.delete",
  role: "admin",
  target: (params) => ({ type: "webhook_endpoint", id: params.id.slice(0, 100) }),
};

/** POST /dashboard/settings/developers/webhooks/{id}/delete – the API's deleteWebhookEndpoint (pending deliveries are given up). */
export async function deleteWebhookEndpoint({ context, staff, params }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  await deleteMerchantWebhookEndpoint(context, { merchantId: staff.merchantId, mode: staff.mode, endpointId: params.id });
  return {
    redirect: "/dashboard/settings/developers",
    notice: "webhook_endpoint_deleted",
    target: { type: "webhook_endpoint", id: params.id },
  };
}
