import { queryString, segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { CreatedWebhookEndpoint, CreateWebhookEndpointParams, DeletedWebhookEndpoint, List, ListWebhookEndpointsParams, WebhookEndpoint } from "../types";

export function webhookEndpointsResource(api: Requester) {
  return {
    /** The answer carries the endpoint's `whsec_` secret: the only time it is shown. */
    create: (params: CreateWebhookEndpointParams, options?: IdempotentRequestOptions) =>
      api.post<CreatedWebhookEndpoint>("/api/v1/webhook-endpoints", params, options),
    /** Every endpoint of the key's mode (one page); `metadata: { key: value }` keeps those whose metadata holds every pair. */
    list: (params: ListWebhookEndpointsParams = {}) => api.get<List<WebhookEndpoint>>(`/api/v1/webhook-endpoints${queryString(params)}`),
    retrieve: (id: string) => api.get<WebhookEndpoint>(`/api/v1/webhook-endpoints/${segment(id)}`),
    delete: (id: string) => api.delete<DeletedWebhookEndpoint>(`/api/v1/webhook-endpoints/${segment(id)}`),
  };
}
