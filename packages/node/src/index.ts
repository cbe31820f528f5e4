export { createJetonClient, type JetonClient, type JetonClientOptions, type CardToken } from "./create-client";
export { JetonApiError, JetonConnectionError } from "./errors";
export { verifyReturn, type PaymentResult, type VerifyReturnOptions } from "./verify-return";
export { createMemoryReplayStore } from "./create-memory-replay-store";
export { type CreatePaymentRequestParams, type PaymentRequest, type IdempotentRequestOptions } from "./create-client";
export { type StoredCredentialConsent } from "./create-client";
export { type CreateTransactionParams, type Transaction } from "./create-client";
export { JetonSignatureError, type JetonSignatureErrorCode } from "./errors";
export { verifyWebhook, type WebhookEvent } from "./verify-webhook";
export {
  JetonAuthenticationError,
  JetonCardError,
  JetonIdempotencyError,
  JetonInvalidRequestError,
  JetonRateLimitError,
  toJetonApiError,
  type ApiErrorBody,
} from "./errors";
export { type Refund } from "./create-client";
export { type Card, type Customer, type CreateCustomerParams, type ListTransactionsParams, type List, type TransactionDetail } from "./create-client";
export type { WebhookEndpoint, JetonEvent } from "./create-client";
