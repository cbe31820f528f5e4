export { createJetonClient, type JetonClient, type JetonClientOptions } from "./create-client";
export { type IdempotentRequestOptions } from "./request";
export type * from "./types";
export type { components, operations, paths, webhooks } from "./generated/openapi";
export { verifyReturn, type PaymentResult, type VerifyReturnOptions } from "./verify-return";
export { createMemoryReplayStore } from "./create-memory-replay-store";
export { verifyWebhook, type WebhookEvent } from "./verify-webhook";
export {
  JetonApiError,
  JetonAuthenticationError,
  JetonCardError,
  JetonConnectionError,
  JetonIdempotencyError,
  JetonInvalidRequestError,
  JetonRateLimitError,
  JetonSignatureError,
  toJetonApiError,
  type ApiErrorBody,
  type JetonSignatureErrorCode,
} from "./errors";
