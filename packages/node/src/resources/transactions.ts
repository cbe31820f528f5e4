import { queryString, segment, type IdempotentRequestOptions, type Requester } from "../request";
import type {
  CaptureTransactionParams,
  CreatedTransaction,
  CreateRefundParams,
  CreateTransactionParams,
  List,
  ListRefundsParams,
  ListTransactionsParams,
  Refund,
  RefundWithTransaction,
  Transaction,
  TransactionDetail,
} from "../types";

export function transactionsResource(api: Requester) {
  const one = (id: string) => `/api/v1/transactions/${segment(id)}`;
  return {
    /**
     * Charges a card token, a saved card or an earlier transaction's card. Resolves when the payment
     * is approved (`authorized`/`captured`) or waits on 3-D Secure (`requires_action` with a
     * `clientSecret`); a refusal rejects with a JetonCardError (`card_declined`, `declineCode`, `transactionId`).
     */
    create: (params: CreateTransactionParams, options?: IdempotentRequestOptions) => api.post<CreatedTransaction>("/api/v1/transactions", params, options),
    /** With its refunds and timeline (the events it went through, oldest first). */
    retrieve: (id: string) => api.get<TransactionDetail>(one(id)),
    /** Newest first, filtered; every filter narrows. */
    list: (params: ListTransactionsParams = {}) => api.get<List<Transaction>>(`/api/v1/transactions${queryString(params)}`),
    /** Captures a manual-capture authorization within 7 days: all of it, or `amount` (minor units) at most the authorized amount. */
    capture: (id: string, params: CaptureTransactionParams = {}, options?: IdempotentRequestOptions) => api.post<Transaction>(`${one(id)}/capture`, params, options),
    /** Voids an authorization, or a capture before the settlement cut-off (`transaction_not_cancelable` after it). */
    cancel: (id: string, options?: IdempotentRequestOptions) => api.post<Transaction>(`${one(id)}/cancel`, undefined, options),
    /** Refunds a settled transaction: everything that remains, or `amount`; never more than remains (`refund_exceeds_remaining`). */
    refund: (id: string, params: CreateRefundParams = {}, options?: IdempotentRequestOptions) => api.post<RefundWithTransaction>(`${one(id)}/refunds`, params, options),
    /** The transaction's refunds, oldest first. */
    listRefunds: (id: string, params: ListRefundsParams = {}) => api.get<List<Refund>>(`${one(id)}/refunds${queryString(params)}`),
  };
}
