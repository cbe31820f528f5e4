import { queryString, segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { CreatePaymentRequestParams, List, ListPaymentRequestsParams, PaymentRequest } from "../types";

export function paymentRequestsResource(api: Requester) {
  const one = (id: string) => `/api/v1/payment-requests/${segment(id)}`;
  return {
    /**
     * Creates a hosted payment page session; send the shopper to `url` (or frame `embedUrl`, or show `qrCodeUrl`).
     * With `sendTo: { email?, phone? }` Jeton sends it at once by email and/or SMS (Push & Pay); `messages` lists them.
     */
    create: (params: CreatePaymentRequestParams, options?: IdempotentRequestOptions) => api.post<PaymentRequest>("/api/v1/payment-requests", params, options),
    /** The request, its outcome and its `messages` (request, reminders, receipt) with their status. */
    retrieve: (id: string) => api.get<PaymentRequest>(one(id)),
    /**
     * The merchant's payment requests (API-made and payment links), newest first: `status` (one or several),
     * `metadata: { key: value }` (every pair must match), `limit` and `startingAfter` (the page's `nextCursor`).
     */
    list: (params: ListPaymentRequestsParams = {}) => api.get<List<PaymentRequest>>(`/api/v1/payment-requests${queryString(params)}`),
    /** Stops an open request from being paid; a request already finished answers `payment_request_not_open`. */
    cancel: (id: string, options?: IdempotentRequestOptions) => api.post<PaymentRequest>(`${one(id)}/cancel`, undefined, options),
  };
}
