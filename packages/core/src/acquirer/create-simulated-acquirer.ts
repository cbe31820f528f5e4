import { randomBytes, randomInt } from "node:crypto";
import {
  type Acquirer,
  AcquirerError,
  type AcquirerOperation,
  type AuthorizationRequest,
  type AuthorizationResult,
  type DeclineCode,
  declineReasons,
} from "./acquirer";

export interface SimulatedAcquirerOptions {
  /** Added before every answer, to see how callers behave with a slow acquirer. */
  latencyMs?: number;
  /** Lets tests make any call fail as infrastructure (thrown AcquirerError), not as a decline. */
  fault?: (op: AcquirerOperation, request: unknown) => "timeout" | "unavailable" | undefined;
}

/** Stripe's public test cards (SPEC §5), so merchants' habits work; unknown valid numbers are approved. */
const testCardDeclines: Record<string, DeclineCode> = {
  "4000008400001629": "do_not_honor",
  "4000000000000002": "do_not_honor",
  "4000000000009995": "insufficient_funds",
  "4000000000009987": "lost_card",
  "4000000000009979": "stolen_card",
  "4000000000000069": "expired_card",
  "4000000000000127": "incorrect_cvc",
  "4000000000000119": "issuer_unavailable",
  "4100000000000019": "fraudulent",
};

const AUTHORIZATION_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const REFERENCE = /^acq_[A-Za-z0-9_-]{22}$/;
const CURRENCY = /^[A-Z]{3}$/;

function reference(prefix: "acq" | "acr"): string {
  return `${prefix}_${randomBytes(16).toString("base64url")}`;
}

function authorizationCode(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += AUTHORIZATION_CODE_ALPHABET[randomInt(AUTHORIZATION_CODE_ALPHABET.length)];
  return code;
}

function passesLuhn(pan: string): boolean {
  if (!/^\d{12,19}$/.test(pan)) return false;
  let sum = 0;
  for (let i = 0; i < pan.length; i++) {
    let digit = pan.charCodeAt(pan.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function declined(code: DeclineCode): AuthorizationResult {
  const reason = declineReasons[code];
  return {
    approved: false,
    responseCode: reason.responseCode,
    declineCode: code,
    acquirerReference: reference("acq"),
    retryable: reason.retryable,
    message: reason.message,
  };
}

function authorizeNow(request: AuthorizationRequest): AuthorizationResult {
  // Zero is allowed: it is how networks verify an account without charging it.
  if (!Number.isSafeInteger(request.amount) || request.amount < 0 || !CURRENCY.test(request.currency)) {
    return declined("invalid_amount");
  }
  if (!passesLuhn(request.pan)) return declined("invalid_number");
  const decline = testCardDeclines[request.pan];
  if (decline) return declined(decline);
  return {
    approved: true,
    responseCode: "00",
    authorizationCode: authorizationCode(),
    acquirerReference: reference("acq"),
    retryable: false,
    message: "Approved.",
  };
}

/**
 * An acquirer that answers like a real one for the SPEC §5 test cards. It keeps
 * no state, so that several platform instances (or a restart) agree on it:
 * captures, cancels and refunds only check that the reference and amount are
 * well formed.
 */
export function createSimulatedAcquirer(options: SimulatedAcquirerOptions = {}): Acquirer {
  const latencyMs = options.latencyMs ?? 0;

  async function run<R>(op: AcquirerOperation, request: unknown, answer: () => R): Promise<R> {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const fault = options.fault?.(op, request);
    if (fault) throw new AcquirerError(fault, op);
    return answer();
  }

  function checkFollowUp(request: { acquirerReference: string; amount?: number; currency?: string }): string {
    if (typeof request.acquirerReference !== "string" || !REFERENCE.test(request.acquirerReference)) return "25"; // unable to locate record
    if (request.amount !== undefined && (!Number.isSafeInteger(request.amount) || request.amount <= 0)) return "13"; // invalid amount
    if (request.currency !== undefined && !CURRENCY.test(request.currency)) return "13";
    return "00";
  }

  return {
    name: "simulator",
    authorize: (request) => run("authorize", request, () => authorizeNow(request)),
    capture: (request) =>
      run("capture", request, () => {
        const responseCode = checkFollowUp(request);
        return { ok: responseCode === "00", responseCode };
      }),
    cancel: (request) =>
      run("cancel", request, () => {
        const responseCode = checkFollowUp(request);
        return { ok: responseCode === "00", responseCode };
      }),
    refund: (request) =>
      run("refund", request, () => {
        const responseCode = checkFollowUp(request);
        return { ok: responseCode === "00", responseCode, refundReference: reference("acr") };
      }),
  };
}
