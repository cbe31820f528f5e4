import { randomUUID } from "node:crypto";
import { JetonConnectionError, JetonIdempotencyError, toJetonApiError, type ApiErrorBody } from "./errors";

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
  /** With `intent: "payment"`, once paid (or `"tokenize"`): save the card, for `customerId` or a new customer. */
  saveCard?: boolean;
  /** With `saveCard`: the customer the card is saved for. */
  customerId?: string;
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
  /** With `saveCard`: the customer, and once succeeded the saved card. */
  customerId: string | null;
  cardId: string | null;
  attempts: number;
  maxAttempts: number;
  mode: "test" | "live";
}

export interface CreateTransactionParams {
  /** Integer minor units (cents), at least 1. */
  amount: number;
  currency: string;
  captureMode?: "automatic" | "manual";
  merchantReference?: string;
  customerEmail?: string;
  /** Exactly one source: a card token from token.js (single use)… */
  cardTokenId?: string;
  /** …or a customer's saved card (both ids)… */
  customerId?: string;
  cardId?: string;
  /** …or one of your earlier transactions, whose card is charged again (Sips "duplicate"). */
  sourceTransactionId?: string;
  /** Saved card or duplicate: `customer` (one-click, default) or `merchant` (recurring, no 3-D Secure). */
  initiatedBy?: "customer" | "merchant";
}

export interface Transaction {
  id: string;
  object: "transaction";
  status:
    | "requires_action"
    | "authorized"
    | "captured"
    | "settled"
    | "partially_refunded"
    | "refunded"
    | "canceled"
    | "declined"
    | "authentication_failed"
    | "blocked"
    | "expired";
  amount: number;
  currency: string;
  capturedAmount: number;
  refundedAmount: number;
  captureMode: "automatic" | "manual";
  merchantReference: string | null;
  customerEmail: string | null;
  paymentRequestId: string | null;
  channel: "hosted" | "api";
  customerId: string | null;
  cardId: string | null;
  sourceTransactionId: string | null;
  initiatedBy: "customer" | "merchant";
  storedCredential: boolean;
  card: { brand: string; bin: string; last4: string; expMonth: number; expYear: number };
  responseCode: string | null;
  declineCode: string | null;
  authorizationCode: string | null;
  threeDs: { version: string; transStatus: string; eci?: string; liabilityShift: boolean; challenged: boolean } | null;
  mode: "test" | "live";
  createdAt: string;
  authorizedAt: string | null;
  capturedAt: string | null;
  settledAt?: string | null;
  canceledAt?: string | null;
  /** The settlement cut-off that settled it. */
  settlementId?: string | null;
  /** For `blocked`: the risk rule that refused the card (`blacklist`), and what it matched. */
  risk?: { rule: string; blacklistedAt?: string; sourceTransactionId?: string | null } | null;
  /** Only in the answer that created a transaction in `requires_action`: give it to `Jeton.handleNextAction` in the browser. */
  clientSecret?: string;
  nextAction?: { type: "three_ds_challenge" };
}

export interface Refund {
  id: string;
  object: "refund";
  transactionId: string;
  /** Integer minor units. */
  amount: number;
  currency: string;
  status: "succeeded" | "failed";
  reason: string | null;
  mode: "test" | "live";
  createdAt: string;
}

/** A saved card: never more of the card than BIN, last 4 and expiry. */
export interface Card {
  id: string;
  object: "card";
  customerId: string;
  brand: string;
  bin: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName: string | null;
  mode: "test" | "live";
  createdAt: string;
  deletedAt: string | null;
  /** The shopper's consent to merchant-initiated charges; null: `initiatedBy: "merchant"` is refused on this card. */
  consent: { obtainedAt: string; method: string } | null;
}

/**
 * Your statement that the shopper agreed to later merchant-initiated charges on the card: when (ISO 8601,
 * not in the future) and how. Omitted: recorded as given now, through the API.
 */
export interface StoredCredentialConsent {
  obtainedAt?: string;
  method?: "api" | "online" | "in_person" | "phone" | "written";
}

export interface Customer {
  id: string;
  object: "customer";
  email: string | null;
  name: string | null;
  merchantReference: string | null;
  mode: "test" | "live";
  createdAt: string;
  deletedAt: string | null;
}

export interface CreateCustomerParams {
  email?: string;
  name?: string;
  merchantReference?: string;
  /** Saves this tokenized card for the customer (the token is used up). */
  cardTokenId?: string;
  consent?: StoredCredentialConsent;
}

export interface ListTransactionsParams {
  limit?: number;
  startingAfter?: string;
  /** ISO date or date-time: created at or after. */
  createdFrom?: string;
  /** ISO date or date-time: created strictly before. */
  createdTo?: string;
  /** One status or several. */
  status?: Transaction["status"] | Transaction["status"][];
  merchantReference?: string;
  amount?: number;
  amountMin?: number;
  amountMax?: number;
  currency?: string;
  customerEmail?: string;
  last4?: string;
  /** The card brand in lower case: `visa`, `mastercard`, … */
  brand?: string;
  customerId?: string;
}

/** A transaction as `transactions.retrieve` shows it. */
export interface TransactionDetail extends Transaction {
  refunds: Refund[];
  /** The events it went through (`transaction.captured`, `refund.created`, …), oldest first. */
  timeline: { type: string; at: string; objectId: string }[];
}

/** `?a=1&b=x,y` from the parameters that are set; arrays are sent comma-separated. */
function queryString(params: object): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params) as [string, string | number | readonly string[] | undefined][]) {
    if (value === undefined) continue;
    query.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** A page of a list: pass the last item's id as `startingAfter` for the next one while `hasMore`. */
export interface List<T> {
  object: "list";
  data: T[];
  hasMore: boolean;
}

export interface IdempotentRequestOptions {
  /** Sent as Idempotency-Key; a random one is made when absent. Reuse it to retry the same operation yourself. */
  idempotencyKey?: string;
}

/** A POST that fails to reach Jeton is retried this many times, with the same Idempotency-Key. */
const POST_RETRIES = 2;
const RETRY_BASE_DELAY_MS = 250;

export interface WebhookEndpoint {
  id: string;
  object: "webhook_endpoint";
  mode: "test" | "live";
  url: string;
  /** null: every event type. */
  eventTypes: string[] | null;
  createdAt: string;
}

export interface JetonEvent {
  id: string;
  object: "event";
  type: string;
  mode: "test" | "live";
  objectId: string;
  createdAt: string;
  data: Record<string, unknown>;
}

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
    const payload = (await response.json().catch(() => undefined)) as { error?: ApiErrorBody } | undefined;
    if (!response.ok) {
      if (!payload?.error) throw new JetonConnectionError(`Unexpected answer from Jeton (HTTP ${response.status})`);
      throw toJetonApiError(response.status, payload.error, response.headers);
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
        // A key whose first request is still running (a retry after a broken connection met it): wait and ask again.
        const retryable = error instanceof JetonConnectionError || (error instanceof JetonIdempotencyError && error.code === "idempotency_key_in_use");
        if (!retryable || attempt >= POST_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_DELAY_MS * 2 ** attempt));
      }
    }
  }

  return {
    cardTokens: {
      /** A token's card summary and status; a token of another merchant is a 404 like any unknown id. */
      retrieve: (cardTokenId: string) => request<CardToken>("GET", `/api/v1/card-tokens/${encodeURIComponent(cardTokenId)}`),
    },
    transactions: {
      /**
       * Charges a card token, a saved card or an earlier transaction's card. Resolves when the payment
       * is approved (`authorized`/`captured`) or waits on 3-D Secure (`requires_action` with a
       * `clientSecret`); a refusal rejects with a JetonCardError (`card_declined`, `declineCode`, `transactionId`).
       */
      create: (params: CreateTransactionParams, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<Transaction>("/api/v1/transactions", params, idempotencyKey),
      /** With its refunds and timeline (the events it went through, oldest first). */
      retrieve: (id: string) => request<TransactionDetail>("GET", `/api/v1/transactions/${encodeURIComponent(id)}`),
      /** Newest first, filtered; every filter narrows. */
      list: (params: ListTransactionsParams = {}) => request<List<Transaction>>("GET", `/api/v1/transactions${queryString(params)}`),
      /** Captures a manual-capture authorization within 7 days: all of it, or `amount` (minor units) at most the authorized amount. */
      capture: (id: string, params: { amount?: number } = {}, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<Transaction>(`/api/v1/transactions/${encodeURIComponent(id)}/capture`, params, idempotencyKey),
      /** Voids an authorization, or a capture before the settlement cut-off (`transaction_not_cancelable` after it). */
      cancel: (id: string, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<Transaction>(`/api/v1/transactions/${encodeURIComponent(id)}/cancel`, undefined, idempotencyKey),
      /** Refunds a settled transaction: everything that remains, or `amount`; never more than remains (`refund_exceeds_remaining`). */
      refund: (id: string, params: { amount?: number; reason?: string } = {}, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<Refund & { transaction: Transaction }>(`/api/v1/transactions/${encodeURIComponent(id)}/refunds`, params, idempotencyKey),
      /** The transaction's refunds, oldest first. */
      listRefunds: (id: string, params: { limit?: number; startingAfter?: string } = {}) => {
        const query = new URLSearchParams();
        if (params.limit !== undefined) query.set("limit", String(params.limit));
        if (params.startingAfter !== undefined) query.set("startingAfter", params.startingAfter);
        const suffix = query.size > 0 ? `?${query}` : "";
        return request<{ object: "list"; data: Refund[]; hasMore: boolean }>("GET", `/api/v1/transactions/${encodeURIComponent(id)}/refunds${suffix}`);
      },
    },
    customers: {
      /** Creates a customer; with `cardTokenId` its first saved card is in `cards`. */
      create: (params: CreateCustomerParams = {}, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<Customer & { cards: Card[] }>("/api/v1/customers", params, idempotencyKey),
      retrieve: (id: string) => request<Customer & { cards: Card[] }>("GET", `/api/v1/customers/${encodeURIComponent(id)}`),
      list: (params: { limit?: number; startingAfter?: string; email?: string } = {}) =>
        request<List<Customer>>("GET", `/api/v1/customers${queryString(params)}`),
      cards: {
        /** Saves a tokenized card for the customer (the token is used up). */
        create: (customerId: string, params: { cardTokenId: string; consent?: StoredCredentialConsent }, { idempotencyKey }: IdempotentRequestOptions = {}) =>
          post<Card>(`/api/v1/customers/${encodeURIComponent(customerId)}/cards`, params, idempotencyKey),
        list: (customerId: string) => request<List<Card>>("GET", `/api/v1/customers/${encodeURIComponent(customerId)}/cards`),
        /** Deletes a saved card for good: it can never be charged again; a second delete is a 404. */
        delete: (customerId: string, cardId: string) =>
          request<Card>("DELETE", `/api/v1/customers/${encodeURIComponent(customerId)}/cards/${encodeURIComponent(cardId)}`),
      },
      /** Deletes the customer and all its saved cards. */
      delete: (id: string) => request<Record<string, unknown>>("DELETE", `/api/v1/customers/${encodeURIComponent(id)}`),
    },
    webhookEndpoints: {
      /** The answer carries the endpoint's `whsec_` secret: the only time it is shown. */
      create: (params: { url: string; events?: string[] }, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<WebhookEndpoint & { secret: string }>("/api/v1/webhook-endpoints", params, idempotencyKey),
      list: () => request<{ data: WebhookEndpoint[] }>("GET", "/api/v1/webhook-endpoints"),
      retrieve: (id: string) => request<WebhookEndpoint>("GET", `/api/v1/webhook-endpoints/${encodeURIComponent(id)}`),
      delete: (id: string) => request<{ id: string; deleted: true }>("DELETE", `/api/v1/webhook-endpoints/${encodeURIComponent(id)}`),
    },
    events: {
      list: (params: { limit?: number; startingAfter?: string; type?: string; objectId?: string } = {}) =>
        request<{ data: JetonEvent[]; hasMore: boolean }>("GET", `/api/v1/events${queryString(params)}`),
      retrieve: (id: string) => request<JetonEvent>("GET", `/api/v1/events/${encodeURIComponent(id)}`),
      /** Where the event was sent, with every attempt and its answer. */
      deliveries: (id: string) => request<{ data: Array<Record<string, unknown>> }>("GET", `/api/v1/events/${encodeURIComponent(id)}/deliveries`),
      /** Queues the event again for every current endpoint that matches it. */
      redeliver: (id: string, { idempotencyKey }: IdempotentRequestOptions = {}) =>
        post<{ data: Array<Record<string, unknown>> }>(`/api/v1/events/${encodeURIComponent(id)}/redeliver`, undefined, idempotencyKey),
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
