import { randomUUID } from "node:crypto";
import { JetonApiError, JetonConnectionError } from "./errors";

export interface JetonClientOptions {
  /** The merchant's secret key (sk_test_… or sk_live_…). Server side only. */
  secretKey: string;
  /** The platform's base URL, e.g. https://pay.example.com */
  apiBase: string;
  fetch?: typeof fetch;
}

export interface CardToken {
  cardTokenId: string;
  card: { brand: string; last4: string; bin: string; expMonth: number; expYear: number };
  expiresAt: string;
  status: "active" | "used" | "expired";
}

export interface CreatePaymentRequestParams {
  /** Integer minor units (cents). */
  amount: number;
  currency: string;
  merchantReference?: string;
  description?: string;
  customerEmail?: string;
  locale?: "fr" | "en" | "ar";
  /** Must start with one of the return URLs registered for your merchant. */
  returnUrl: string;
  cancelUrl?: string;
  captureMode?: "automatic" | "manual";
  intent?: "payment" | "tokenize";
  saveCard?: boolean;
  /** ISO 8601; between 1 minute and 30 days from now. */
  expiresAt?: string;
}

export interface PaymentRequest {
  id: string;
  object: "payment_request";
  status: "open" | "succeeded" | "failed" | "canceled" | "expired";
  intent: "payment" | "tokenize";
  amount: number;
  currency: string;
  merchantReference: string | null;
  description: string | null;
  customerEmail: string | null;
  locale: string | null;
  returnUrl: string;
  cancelUrl: string | null;
  captureMode: "automatic" | "manual";
  saveCard: boolean;
  /** The hosted payment page: redirect the shopper here. */
  url: string;
  /** The same page for an iframe. */
  embedUrl: string;
  expiresAt: string;
  createdAt: string;
  completedAt: string | null;
  transactionId: string | null;
  cardTokenId: string | null;
  attempts: number;
  maxAttempts: number;
  mode: "test" | "live";
}

export interface IdempotentRequestOptions {
  /** Sent as Idempotency-Key; a random one is made when absent. Reuse it to retry the same operation yourself. */
  idempotencyKey?: string;
}

/** A POST that fails to reach Jeton is retried this many times, with the same Idempotency-Key. */
const POST_RETRIES = 2;
const RETRY_BASE_DELAY_MS = 250;

/** A typed client of the Jeton merchant API. */
export function createJetonClient(options: JetonClientOptions) {
  if (!/^sk_(test|live)_/.test(options.secretKey)) throw new Error("createJetonClient needs a secret key (sk_…)");
  const base = options.apiBase.replace(/\/$/, "");
  const doFetch = options.fetch ?? fetch;

  async function request<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${options.secretKey}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...(idempotencyKey === undefined ? {} : { "Idempotency-Key": idempotencyKey }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new JetonConnectionError(`Could not reach Jeton at ${base}: ${(error as Error).message}`);
    }
    const payload = (await response.json().catch(() => undefined)) as { error?: Record<string, string> } | undefined;
    if (!response.ok) {
      if (!payload?.error) throw new JetonConnectionError(`Unexpected answer from Jeton (HTTP ${response.status})`);
      throw new JetonApiError(response.status, payload.error);
    }
    return payload as T;
  }

  /**
   * A POST that is safe to retry: the key is chosen once, so if the first try
   * did reach Jeton before the connection broke, the retry replays its answer
   * instead of creating a second object.
   */
  async function post<T>(path: string, body: unknown, idempotencyKey: string = randomUUID()): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request<T>("POST", path, body, idempotencyKey);
      } catch (error) {
        if (!(error instanceof JetonConnectionError) || attempt >= POST_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_DELAY_MS * 2 ** attempt));
      }
    }
  }

  return {
    cardTokens: {
      /** A token's card summary and status; a token of another merchant is a 404 like any unknown id. */
      retrieve: (cardTokenId: string) => request<CardToken>("GET", `/api/v1/card-tokens/${encodeURIComponent(cardTokenId)}`),
    },
    paymentRequests: {
      /** Creates a hosted payment page session; send the shopper to `url` (or frame `embedUrl`). */
      create: (params: CreatePaymentRequestParams, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<PaymentRequest>("/api/v1/payment-requests", params, idempotencyKey),
      retrieve: (id: string) => request<PaymentRequest>("GET", `/api/v1/payment-requests/${encodeURIComponent(id)}`),
      /** Stops an open request from being paid; a request already finished answers `payment_request_not_open`. */
      cancel: (id: string, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<PaymentRequest>(`/api/v1/payment-requests/${encodeURIComponent(id)}/cancel`, undefined, idempotencyKey),
    },
  };
}

export type JetonClient = ReturnType<typeof createJetonClient>;
