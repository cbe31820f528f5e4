import type { ApiError, ApiErrorCode, ProofOfWorkChallenge } from "./types";

/** The `error` object of the API's error envelope, as the OpenAPI document describes it (any field may be missing from a broken answer). */
export type ApiErrorBody = Partial<ApiError["error"]>;

/**
 * An error answered by the Jeton API, with its envelope fields. The client
 * throws one of its subclasses, chosen by `type` (JetonCardError,
 * JetonIdempotencyError, …): catch JetonApiError for all of them, and branch
 * on `code` for the precise reason.
 */
export class JetonApiError extends Error {
  override name = "JetonApiError";
  readonly status: number;
  readonly type: string;
  /** One code of the closed catalog (docs/errors.md), e.g. `card_declined`, `too_many_attempts`. */
  readonly code: ApiErrorCode;
  readonly param: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message ?? `Jeton API error (HTTP ${status})`);
    this.status = status;
    this.type = body.type ?? "api_error";
    this.code = body.code ?? "internal_error";
    this.param = body.param;
  }
}

/** The card was refused: invalid number, expiry or CVC, or declined by the acquirer (`card_declined`). */
export class JetonCardError extends JetonApiError {
  override name = "JetonCardError";
  /** For `card_declined`: the acquirer's reason, e.g. `insufficient_funds`. */
  readonly declineCode: string | undefined;
  /** For `card_declined`: the declined transaction, which exists and can be retrieved. */
  readonly transactionId: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(status, body);
    this.declineCode = body.declineCode;
    this.transactionId = body.transactionId;
  }
}

/** The Idempotency-Key was used with another request (`idempotency_error`), or its first request is still running (`idempotency_key_in_use`). */
export class JetonIdempotencyError extends JetonApiError {
  override name = "JetonIdempotencyError";
}

/** No key, an unknown or revoked key, or the wrong kind of key (a publishable key where a secret one belongs). */
export class JetonAuthenticationError extends JetonApiError {
  override name = "JetonAuthenticationError";
}

/** The request itself is wrong: a parameter (`param` names it), an unknown id, or a state that forbids the operation. */
export class JetonInvalidRequestError extends JetonApiError {
  override name = "JetonInvalidRequestError";
}

/**
 * Too many requests (`rate_limited`), too many card attempts (`too_many_attempts`, the card-testing
 * defence), or a proof of work to solve first (`challenge_required`, with `challenge`). `retryAfter`
 * says how many seconds to wait, from the Retry-After header.
 */
export class JetonRateLimitError extends JetonApiError {
  override name = "JetonRateLimitError";
  readonly retryAfter: number | undefined;
  /** For `challenge_required`: the proof-of-work challenge to solve before trying again. */
  readonly challenge: ProofOfWorkChallenge | undefined;

  constructor(status: number, body: ApiErrorBody, retryAfter: number | undefined) {
    super(status, body);
    this.retryAfter = retryAfter;
    this.challenge = body.challenge;
  }
}

/** The error class for an error envelope, chosen by its `type`; anything else stays a plain JetonApiError. */
export function toJetonApiError(status: number, body: ApiErrorBody, headers?: Headers): JetonApiError {
  switch (body.type) {
    case "card_error":
      return new JetonCardError(status, body);
    case "idempotency_error":
      return new JetonIdempotencyError(status, body);
    case "authentication_error":
      return new JetonAuthenticationError(status, body);
    case "invalid_request_error":
      return new JetonInvalidRequestError(status, body);
    case "rate_limit_error": {
      const seconds = Number(headers?.get("retry-after") ?? Number.NaN);
      return new JetonRateLimitError(status, body, Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined);
    }
    default:
      return new JetonApiError(status, body);
  }
}

/** The API could not be reached or answered something that is not the envelope. */
export class JetonConnectionError extends Error {
  override name = "JetonConnectionError";
}

export type JetonSignatureErrorCode = "invalid_signature" | "replayed" | "expired" | "wrong_audience" | "wrong_mode" | "wrong_payment_request" | "malformed";

/**
 * A signed result (`jeton_result`) was refused: do not trust it. `code` says why:
 * - `invalid_signature`: not signed by a published Jeton key (tampered, unknown `kid`, other issuer, other algorithm);
 * - `replayed`: a valid token seen before (its `jti`);
 * - `expired`: past `exp`, or issued more than 10 minutes ago;
 * - `wrong_audience`: issued for another merchant;
 * - `wrong_mode`: a test-mode result where a live one is expected, or the other way round;
 * - `wrong_payment_request`: the result of another payment request;
 * - `malformed`: no `jeton_result` field, not a JWS, or claims of the wrong shape.
 */
export class JetonSignatureError extends Error {
  override name = "JetonSignatureError";
  readonly code: JetonSignatureErrorCode;

  constructor(code: JetonSignatureErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
