import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { JetonConnectionError, JetonSignatureError } from "./errors";

/** The verified content of `jeton_result`: the payment's outcome plus the token's registered claims. */
export interface PaymentResult {
  status: "succeeded" | "declined" | "authentication_failed" | "canceled" | "expired" | "failed";
  paymentRequestId: string;
  transactionId?: string;
  /** Integer minor units (cents). */
  amount: number;
  currency: string;
  merchantReference?: string | null;
  responseCode?: string | null;
  declineCode?: string | null;
  threeDs?: { version: string; transStatus: string; eci?: string; liabilityShift: boolean } | null;
  /** For `intent: "tokenize"`. */
  cardTokenId?: string;
  /** With `saveCard`, once succeeded: the saved card (payment or tokenize) and its customer. */
  cardId?: string;
  customerId?: string;
  mode: "test" | "live";
  /** The platform that signed it. */
  iss: string;
  /** Your merchant id. */
  aud: string;
  /** The payment request id (same as `paymentRequestId`). */
  sub: string;
  iat: number;
  exp: number;
  /** Unique per token: record it to refuse a second use. */
  jti: string;
}

export interface VerifyReturnOptions {
  /** The platform's key set, e.g. https://pay.example/.well-known/jwks.json */
  jwksUrl: string;
  /** Your merchant id: a token issued for another merchant is refused. */
  merchantId: string;
  /**
   * The mode the order was paid in (the mode of the key that created the
   * payment request). A test-mode result never verifies as a live one.
   */
  mode: "test" | "live";
  /**
   * The payment request this return is for (stored with your order): a valid
   * result of another payment request, posted to this order's return URL, is refused.
   */
  paymentRequestId: string;
  /** The platform's public URL, checked against `iss` when given. */
  issuer?: string;
  /**
   * Called once the signature and claims are valid: record `jti` and answer
   * whether it had already been seen (then `verifyReturn` throws `replayed`).
   * Keep the record until `expiresAt`; after that the token is refused anyway.
   */
  isReplay?: (jti: string, expiresAt: Date) => boolean | Promise<boolean>;
  /** Allowed clock difference with the platform, in seconds (default 30). */
  clockToleranceSeconds?: number;
}

/** SPEC §7: a return token lives at most 10 minutes. */
const MAX_TOKEN_AGE_SECONDS = 600;
const STATUSES = new Set(["succeeded", "declined", "authentication_failed", "canceled", "expired", "failed"]);
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

// One remote set per URL, so keys are fetched once and re-fetched only when a
// token names an unknown kid (a rotation) or the cache is older than 10 minutes.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keySetFor(jwksUrl: string): JWTVerifyGetKey {
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new TypeError(`verifyReturn: jwksUrl is not a URL: ${jwksUrl}`);
  }
  let set = keySets.get(url.href);
  if (!set) {
    set = createRemoteJWKSet(url);
    keySets.set(url.href, set);
  }
  const remote = set;
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) {
        throw new JetonSignatureError("invalid_signature", "No published Jeton key matches this token's kid.", { cause: error });
      }
      // The token may well be valid: the merchant should retry, or rely on the webhook.
      throw new JetonConnectionError(`Could not load Jeton's signing keys from ${url.href}: ${(error as Error).message}`);
    }
  };
}

function tokenFrom(input: unknown): string {
  let values: unknown[];
  if (typeof input === "string") {
    const trimmed = input.trim();
    if (COMPACT_JWS.test(trimmed)) return trimmed;
    values = new URLSearchParams(trimmed).getAll("jeton_result");
  } else if (input instanceof URLSearchParams) {
    values = input.getAll("jeton_result");
  } else if (input !== null && typeof input === "object") {
    const value = (input as Record<string, unknown>).jeton_result;
    values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  } else {
    values = [];
  }
  // Two fields would leave the choice of which to trust to whoever added the second.
  if (values.length !== 1) {
    throw new JetonSignatureError("malformed", values.length === 0 ? "No jeton_result field." : "More than one jeton_result field.");
  }
  const [token] = values;
  if (typeof token !== "string" || !COMPACT_JWS.test(token)) throw new JetonSignatureError("malformed", "jeton_result is not a compact JWS.");
  return token;
}

function checkShape(payload: Record<string, unknown>): PaymentResult {
  const ok =
    typeof payload.status === "string" &&
    STATUSES.has(payload.status) &&
    typeof payload.paymentRequestId === "string" &&
    payload.paymentRequestId === payload.sub &&
    Number.isSafeInteger(payload.amount) &&
    typeof payload.currency === "string" &&
    (payload.mode === "test" || payload.mode === "live") &&
    typeof payload.jti === "string" &&
    payload.jti.length > 0 &&
    typeof payload.aud === "string";
  if (!ok) throw new JetonSignatureError("malformed", "The token's claims are not a Jeton payment result.");
  return payload as unknown as PaymentResult;
}

function translate(error: unknown): Error {
  if (error instanceof JetonSignatureError || error instanceof JetonConnectionError) return error;
  if (error instanceof errors.JWTExpired) return new JetonSignatureError("expired", "The result has expired.", { cause: error });
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "aud" && error.reason !== "missing") {
      return new JetonSignatureError("wrong_audience", "The result was issued for another merchant.", { cause: error });
    }
    if (error.claim === "iss" && error.reason !== "missing") {
      return new JetonSignatureError("invalid_signature", "The result was issued by another platform.", { cause: error });
    }
    if (error.claim === "iat" && error.reason === "check_failed") {
      return new JetonSignatureError("expired", "The result's issue time is in the future; check this server's clock.", { cause: error });
    }
    return new JetonSignatureError("malformed", `The result's ${error.claim} claim is missing or invalid.`, { cause: error });
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed) {
    return new JetonSignatureError("invalid_signature", "The result's signature is not valid.", { cause: error });
  }
  if (error instanceof errors.JOSEError) return new JetonSignatureError("malformed", "The result is not a valid JWS.", { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Verifies the `jeton_result` field the shopper's browser POSTs to your return
 * URL: an ES256 JWS signed by the platform, for your merchant id, at most 10
 * minutes old, in the expected mode and for the expected payment request. Pass the raw urlencoded body, parsed params, or an object with
 * `jeton_result`. Throws `JetonSignatureError` when it must not be trusted, and
 * `JetonConnectionError` when the key set cannot be fetched.
 */
export async function verifyReturn(input: string | URLSearchParams | Record<string, unknown>, options: VerifyReturnOptions): Promise<PaymentResult> {
  if (!options.merchantId) throw new TypeError("verifyReturn: merchantId is required");
  if (options.mode !== "test" && options.mode !== "live") throw new TypeError('verifyReturn: mode is required ("test" or "live")');
  if (typeof options.paymentRequestId !== "string" || !options.paymentRequestId) throw new TypeError("verifyReturn: paymentRequestId is required");
  const getKey = keySetFor(options.jwksUrl);
  const token = tokenFrom(input);
  const clockTolerance = options.clockToleranceSeconds ?? 30;
  let result: PaymentResult;
  try {
    const { payload } = await jwtVerify(token, getKey, {
      algorithms: ["ES256"],
      audience: options.merchantId,
      ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
      requiredClaims: ["exp", "iat", "jti", "sub"],
      maxTokenAge: MAX_TOKEN_AGE_SECONDS,
      clockTolerance,
    });
    result = checkShape(payload);
  } catch (error) {
    throw translate(error);
  }
  // Checked before the replay store, so a token meant for another order or mode does not burn its jti.
  if (result.mode !== options.mode) {
    throw new JetonSignatureError("wrong_mode", `The result is a ${result.mode}-mode result; this order expects ${options.mode} mode.`);
  }
  if (result.paymentRequestId !== options.paymentRequestId) {
    throw new JetonSignatureError("wrong_payment_request", "The result is for another payment request.");
  }
  if (options.isReplay && (await options.isReplay(result.jti, new Date((result.exp + clockTolerance) * 1000)))) {
    throw new JetonSignatureError("replayed", "This result was already used.");
  }
  return result;
}
