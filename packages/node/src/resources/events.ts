import { queryString, segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { JetonEvent, List, ListEventsParams, WebhookDelivery, WebhookDeliveryWithAttempts } from "../types";

export function eventsResource(api: Requester) {
  const one = (id: string) => `/api/v1/events/${segment(id)}`;
  return {
    list: (params: ListEventsParams = {}) => api.get<List<JetonEvent>>(`/api/v1/events${queryString(params)}`),
    retrieve: (id: string) => api.get<JetonEvent>(one(id)),
    /** Where the event was sent, with every attempt and its answer. */
    deliveries: (id: string) => api.get<List<WebhookDeliveryWithAttempts>>(`${one(id)}/deliveries`),
    /** Queues the event again for every current endpoint that matches it. */
    redeliver: (id: string, options?: IdempotentRequestOptions) => api.post<List<WebhookDelivery>>(`${one(id)}/redeliver`, undefined, options),
  };
}
