import type { ProofOfWorkChallenge } from "./card-testing/proof-of-work-challenge-view";

/**
 * The closed list of error codes Jeton answers with. Each code has exactly one
 * HTTP status and one error type; routes never invent codes of their own.
 */
export const errorCatalog = {
  /** The body is not valid JSON, or not an object. */
  invalid_json: { status: 400, type: "invalid_request_error" },
  /** A parameter is missing or of the wrong type or value; `param` names it. */
  parameter_invalid: { status: 400, type: "invalid_request_error" },
  /** The request body is larger than the endpoint accepts. */
  body_too_large: { status: 413, type: "invalid_request_error" },
  /** The body stopped arriving (the client disconnected). */
  body_unreadable: { status: 400, type: "invalid_request_error" },
  /** The Content-Type is not application/json. */
  unsupported_media_type: { status: 415, type: "invalid_request_error" },
  /** No API key was sent. */
  authentication_required: { status: 401, type: "authentication_error" },
  /** The API key is unknown or revoked. */
  invalid_api_key: { status: 401, type: "authentication_error" },
  /** A secret key was sent where only a publishable key belongs (or the reverse). */
  wrong_key_kind: { status: 401, type: "authentication_error" },
  /** The browser origin is not registered for this merchant. */
  origin_not_allowed: { status: 403, type: "invalid_request_error" },
  /** Too many requests for this key or client address; see Retry-After. */
  rate_limited: { status: 429, type: "rate_limit_error" },
  /**
   * Card-testing defence: too many card attempts from this address, on this card, on this payment request
   * or for this merchant in the counting window; see Retry-After. Nothing was tokenized or authorized.
   */
  too_many_attempts: { status: 429, type: "rate_limit_error" },
  /**
   * Card-testing defence: this attempt must carry a solved proof-of-work challenge (`challenge` in the
   * error); token.js and the hosted page solve it and retry on their own. A solution is accepted once.
   */
  challenge_required: { status: 428, type: "rate_limit_error" },
  /** No such object for this merchant (other merchants' objects are reported the same way). */
  resource_not_found: { status: 404, type: "invalid_request_error" },
  /** The card token was already used. */
  card_token_used: { status: 409, type: "invalid_request_error" },
  /** The card token is past its 15-minute lifetime. */
  card_token_expired: { status: 410, type: "invalid_request_error" },
  /** The card number is not a valid card number (length, Luhn, brand). */
  invalid_number: { status: 402, type: "card_error" },
  /** The expiry month is not 1–12. */
  invalid_expiry_month: { status: 402, type: "card_error" },
  /** The expiry year is not a plausible year. */
  invalid_expiry_year: { status: 402, type: "card_error" },
  /** The expiry date is in the past. */
  expired_card: { status: 402, type: "card_error" },
  /** The CVC has the wrong length for the card brand. */
  invalid_cvc: { status: 402, type: "card_error" },
  /** The same Idempotency-Key was sent with a different request. */
  idempotency_error: { status: 409, type: "idempotency_error" },
  /** A request with this Idempotency-Key is still running; retry once it has finished. */
  idempotency_key_in_use: { status: 409, type: "idempotency_error" },
  /** The return or cancel URL does not start with one of the merchant's registered return URLs. */
  return_url_not_allowed: { status: 400, type: "invalid_request_error" },
  /** The webhook URL's host is, or resolves to, an address the platform does not send to (private, loopback, link-local, metadata…); nothing was stored. */
  webhook_url_not_allowed: { status: 400, type: "invalid_request_error" },
  /** The payment request is no longer open (paid, canceled, failed or expired). */
  payment_request_not_open: { status: 409, type: "invalid_request_error" },
  /** The payment request used up its attempts. */
  payment_request_attempts_exhausted: { status: 409, type: "invalid_request_error" },
  /** The object's status does not allow this change (e.g. refunding a transaction that is not settled). */
  invalid_state_transition: { status: 409, type: "invalid_request_error" },
  /** The 3-D Secure challenge is over (authenticated, failed or canceled); it cannot be answered again. */
  challenge_closed: { status: 409, type: "invalid_request_error" },
  /** The 3-D Secure challenge was not completed within its 10 minutes. */
  challenge_expired: { status: 410, type: "invalid_request_error" },
  /** Capture refused: not `authorized` with manual capture, or past the 7-day capture window. */
  transaction_not_capturable: { status: 409, type: "invalid_request_error" },
  /** The capture amount is more than was authorized. */
  capture_exceeds_authorized: { status: 400, type: "invalid_request_error" },
  /** Cancel refused: only an authorized or captured (not yet settled) transaction can be canceled. */
  transaction_not_cancelable: { status: 409, type: "invalid_request_error" },
  /** Refund refused: only a settled (or partially refunded) transaction can be refunded. */
  transaction_not_refundable: { status: 409, type: "invalid_request_error" },
  /** The refund is more than what remains to refund. */
  refund_exceeds_remaining: { status: 400, type: "invalid_request_error" },
  /** The saved card was deleted, or belongs to another customer. */
  card_not_chargeable: { status: 409, type: "invalid_request_error" },
  /** The transaction's card cannot be charged again (no stored card data). */
  source_transaction_not_reusable: { status: 409, type: "invalid_request_error" },
  /** The payment was refused (declined by the acquirer, or 3-D Secure failed); `declineCode` says why, `transactionId` names the transaction recorded. */
  card_declined: { status: 402, type: "card_error" },
  /** The client secret does not match the transaction. */
  invalid_client_secret: { status: 403, type: "invalid_request_error" },
  /** The acquirer could not be reached or did not answer in time; nothing was changed, so the same request may be retried. */
  acquirer_unavailable: { status: 503, type: "api_error" },
  /**
   * Live payments are off: no live acquirer is configured on this platform (JETON_LIVE_ACQUIRER), and
   * the simulator serves test mode only. 409, not 5xx: it is the platform's state, not a passing fault,
   * so clients must not retry it. Nothing was authorized or recorded.
   */
  live_mode_unavailable: { status: 409, type: "invalid_request_error" },
  /**
   * `initiatedBy: "merchant"` refused: only a saved card with the shopper's recorded consent, after a first
   * payment the shopper made with it (one-click, or the payment during which it was saved), can be charged so.
   */
  merchant_initiated_not_allowed: { status: 409, type: "invalid_request_error" },
  /** Test clocks exist in test mode only; a live key cannot make or use one. */
  test_mode_only: { status: 400, type: "invalid_request_error" },
  /** The test clock is advancing; wait until it is `ready` again. */
  test_clock_advancing: { status: 409, type: "invalid_request_error" },
  /** The merchant already has the most risk rules a mode may hold (100); delete or disable-and-delete some first. */
  risk_rules_limit_reached: { status: 409, type: "invalid_request_error" },
  /** The payment is not waiting for a risk review (never held, or already approved, rejected or expired). */
  review_not_open: { status: 409, type: "invalid_request_error" },
  /** Back-office: no valid staff session (signed out, idle too long, or revoked); sign in again. */
  session_required: { status: 401, type: "authentication_error" },
  /** Back-office: the staff member's role does not allow this action. */
  permission_denied: { status: 403, type: "permission_error" },
  /** Back-office: the mutation lacks the session's CSRF token. */
  csrf_token_invalid: { status: 403, type: "invalid_request_error" },
  /** Back-office: wrong email or password (which one is not said). */
  invalid_credentials: { status: 401, type: "authentication_error" },
  /** Back-office: the one-time code (TOTP or recovery code) is wrong or already used. */
  invalid_totp_code: { status: 401, type: "authentication_error" },
  /** Back-office: too many failed sign-ins; the account is locked for a while. */
  account_locked: { status: 423, type: "authentication_error" },
  /** Back-office: a staff account with this email already exists. */
  email_taken: { status: 409, type: "invalid_request_error" },
  /** Back-office: the change would leave the merchant without an active owner (demoting or disabling the last one). */
  last_owner_required: { status: 409, type: "invalid_request_error" },
  /** The merchant's messaging limits (messages per hour, or per recipient per day) are reached; nothing was sent or created. */
  message_limit_exceeded: { status: 429, type: "rate_limit_error" },
  /** The HTTP method is not supported on this path. */
  method_not_allowed: { status: 405, type: "invalid_request_error" },
  /** Anything unexpected; details stay in the server log. */
  internal_error: { status: 500, type: "api_error" },
} as const satisfies Record<string, { status: number; type: string }>;

export type ErrorCode = keyof typeof errorCatalog;
export type ErrorType = (typeof errorCatalog)[ErrorCode]["type"];

export interface ErrorBody {
  type: ErrorType;
  code: ErrorCode;
  message: string;
  param?: string;
  declineCode?: string;
  /** For `card_declined`: the transaction that was recorded as declined. */
  transactionId?: string;
  /** For `challenge_required`: the proof-of-work challenge (ALTCHA format) to solve before retrying. */
  challenge?: ProofOfWorkChallenge;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly param: string | undefined;
  readonly headers: Record<string, string>;
  /** For `card_declined`: the acquirer's reason (SPEC §5), e.g. `insufficient_funds`. */
  readonly declineCode: string | undefined;
  /** For `card_declined`: the declined transaction, which exists and can be retrieved. */
  readonly transactionId: string | undefined;
  /** For `challenge_required`: the challenge to solve. */
  readonly challenge: ProofOfWorkChallenge | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { param?: string; headers?: Record<string, string>; declineCode?: string; transactionId?: string; challenge?: ProofOfWorkChallenge } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.param = options.param;
    this.headers = options.headers ?? {};
    this.declineCode = options.declineCode;
    this.transactionId = options.transactionId;
    this.challenge = options.challenge;
  }

  get status(): number {
    return errorCatalog[this.code].status;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { type: errorCatalog[this.code].type, code: this.code, message: this.message };
    if (this.param !== undefined) body.param = this.param;
    if (this.declineCode !== undefined) body.declineCode = this.declineCode;
    if (this.transactionId !== undefined) body.transactionId = this.transactionId;
    if (this.challenge !== undefined) body.challenge = this.challenge;
    return body;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
