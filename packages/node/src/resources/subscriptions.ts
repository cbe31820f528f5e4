import { queryString, segment, type IdempotentRequestOptions, type Requester } from "../request";
import type {
  CancelSubscriptionParams,
  CreateCardUpdateLinkParams,
  CreateSubscriptionParams,
  List,
  ListSubscriptionsParams,
  PaymentRequest,
  RecurringCharge,
  Subscription,
  UpdateSubscriptionParams,
} from "../types";

export function subscriptionsResource(api: Requester) {
  const one = (id: string) => `/api/v1/subscriptions/${segment(id)}`;
  return {
    /** Bills a customer's saved card every interval; a first period due now is charged before the answer. */
    create: (params: CreateSubscriptionParams, options?: IdempotentRequestOptions) => api.post<Subscription>("/api/v1/subscriptions", params, options),
    retrieve: (id: string) => api.get<Subscription>(one(id)),
    list: (params: ListSubscriptionsParams = {}) => api.get<List<Subscription>>(`/api/v1/subscriptions${queryString(params)}`),
    /** Changes the amount, card, description or metadata from the next charge. */
    update: (id: string, params: UpdateSubscriptionParams, options?: IdempotentRequestOptions) => api.post<Subscription>(one(id), params, options),
    /** Now, or `{ atPeriodEnd: true }` at the next billing date. */
    cancel: (id: string, params: CancelSubscriptionParams = {}, options?: IdempotentRequestOptions) => api.post<Subscription>(`${one(id)}/cancel`, params, options),
    pause: (id: string, options?: IdempotentRequestOptions) => api.post<Subscription>(`${one(id)}/pause`, {}, options),
    resume: (id: string, options?: IdempotentRequestOptions) => api.post<Subscription>(`${one(id)}/resume`, {}, options),
    /** Every period billed or queued: dates, amounts, attempts, outcomes. */
    charges: (id: string) => api.get<List<RecurringCharge>>(`${one(id)}/charges`),
    /** A hosted page where the shopper pays the amount due with a new card, which then replaces the subscription's. */
    createCardUpdateLink: (id: string, params: CreateCardUpdateLinkParams, options?: IdempotentRequestOptions) =>
      api.post<PaymentRequest>(`${one(id)}/card-update-link`, params, options),
  };
}
