import { createWebhookEndpoint as createMerchantWebhookEndpoint } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "@/server/backoffice/form-object";
import { createWebhookEndpointFields } from "./schema";

type Params = Record<string, never>;
export const createWebhookEndpointOptions: StaffMutationOptions<Params> = { action: "webhook_endpoint.create", role: "admin" };

/**
 * POST /dashboard/settings/developers/webhooks/create – the API's own
 * createWebhookEndpoint, in the session's mode. Its whsec_ secret goes only
 * to the page's fetch (JSON), shown once; never to the audit log.
 */
export async function createWebhookEndpoint({ context, staff, fields }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const input = parseBody(createWebhookEndpointFields, formObject(fields));
  const { secret, ...endpoint } = await createMerchantWebhookEndpoint(context, {
    merchantId: staff.merchantId,
    mode: staff.mode,
    url: input.url,
    eventTypes: input.events,
    description: input.description,
    metadata: input.metadata,
  });
  return {
    redirect: `/dashboard/settings/developers/webhooks/${endpoint.id}`,
    notice: "webhook_endpoint_created",
    target: { type: "webhook_endpoint", id: endpoint.id },
    details: { url: endpoint.url, eventTypes: endpoint.eventTypes },
    json: { ...endpoint, secret },
  };
}
