/**
 * The acquirer as the rest of Jeton sees it. Shaped after an ISO 8583
 * authorization exchange so that a real connector can replace the simulator
 * without touching the callers.
 */

export interface AuthorizationRequest {
  transactionId: string;
  merchantId: string;
  pan: string;
  expMonth: number;
  expYear: number;
  cvc?: string | undefined;
  /** Minor units. */
  amount: number;
  currency: string;
  /** `merchant`: a merchant-initiated payment on a saved card (no CVC, no shopper present). */
  initiator: "customer" | "merchant";
  threeDs?: { transStatus: string; eci?: string; authenticationValue?: string } | undefined;
  /**
   * Scheduler charges: derived from the subscription (or plan), the period and the attempt. A connector
   * sends it as the acquirer's idempotency key, so that a request repeated after a crash (answered, but
   * the answer never recorded) is answered again instead of charged twice.
   */
  idempotencyKey?: string | undefined;
}

export interface AuthorizationResult {
  approved: boolean;
  /** ISO 8583 field 39: "00" approved, "05", "51", … */
  responseCode: string;
  /** Stable, documented reason of a decline (see `declineCodes`). */
  declineCode?: string;
  /** Six uppercase alphanumerics, only when approved. */
  authorizationCode?: string;
  /** The acquirer's own id of this authorization; capture, cancel and refund name it. */
  acquirerReference: string;
  /** The same request may succeed later unchanged (issuer down, processing error). */
  retryable: boolean;
  /** A short English reason; pages localize by `declineCode` instead. */
  message: string;
}

/**
 * One acquirer connector. The payment flow gets it from the AcquirerRegistry
 * by the payment's mode and calls only these four methods; a real connector
 * (ISO 8583 or an acquirer's REST API) implements them and registers under
 * `live`. 3-D Secure is not the acquirer's job: see start-card-payment.ts.
 */
export interface Acquirer {
  /** Names the connector in logs and status output (`simulator` for the simulator). */
  readonly name: string;
  authorize(request: AuthorizationRequest): Promise<AuthorizationResult>;
  capture(request: { acquirerReference: string; amount: number; currency: string }): Promise<{ ok: boolean; responseCode: string }>;
  cancel(request: { acquirerReference: string }): Promise<{ ok: boolean; responseCode: string }>;
  refund(request: { acquirerReference: string; amount: number; currency: string }): Promise<{ ok: boolean; responseCode: string; refundReference: string }>;
}

export type AcquirerOperation = "authorize" | "capture" | "cancel" | "refund";

/**
 * The acquirer could not be reached or did not answer: an infrastructure
 * failure, not a decline. After a timeout the outcome is unknown (the
 * authorization may have gone through), so callers must not treat it as a
 * decline.
 */
export class AcquirerError extends Error {
  readonly kind: "timeout" | "unavailable";
  readonly operation: AcquirerOperation;

  constructor(kind: "timeout" | "unavailable", operation: AcquirerOperation, message?: string) {
    super(message ?? (kind === "timeout" ? `The acquirer did not answer the ${operation} in time.` : `The acquirer is unavailable for ${operation}.`));
    this.name = "AcquirerError";
    this.kind = kind;
    this.operation = operation;
  }
}

/** The stable decline reasons an authorization can carry, in the order of SPEC §5. */
export const declineCodes = [
  "do_not_honor",
  "insufficient_funds",
  "lost_card",
  "stolen_card",
  "expired_card",
  "incorrect_cvc",
  "issuer_unavailable",
  "invalid_number",
  "invalid_amount",
  "fraudulent",
] as const;

export type DeclineCode = (typeof declineCodes)[number];

/** ISO 8583 response code and English reason of each decline code. */
export const declineReasons: Record<DeclineCode, { responseCode: string; retryable: boolean; message: string }> = {
  do_not_honor: { responseCode: "05", retryable: false, message: "The card was declined by the issuing bank." },
  insufficient_funds: { responseCode: "51", retryable: false, message: "The card has insufficient funds." },
  lost_card: { responseCode: "41", retryable: false, message: "The card was declined (reported lost)." },
  stolen_card: { responseCode: "43", retryable: false, message: "The card was declined (reported stolen)." },
  expired_card: { responseCode: "54", retryable: false, message: "The card has expired." },
  incorrect_cvc: { responseCode: "82", retryable: false, message: "The card's security code is incorrect." },
  issuer_unavailable: { responseCode: "91", retryable: true, message: "The issuing bank could not be reached; try again." },
  invalid_number: { responseCode: "14", retryable: false, message: "The card number is invalid." },
  invalid_amount: { responseCode: "13", retryable: false, message: "The amount is invalid." },
  fraudulent: { responseCode: "59", retryable: false, message: "The card was declined (suspected fraud)." },
};

export function isDeclineCode(value: string): value is DeclineCode {
  return (declineCodes as readonly string[]).includes(value);
}
