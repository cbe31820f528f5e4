/*
 * Every operation of the HTTP API, once. The OpenAPI document
 * (GET /api/v1/openapi.json), the reference page (/docs/api) and the request
 * fuzzing test are all built from this list.
 *
 * To add an operation, append ONE entry below:
 * - `path` is the URL with `{param}` for dynamic segments; the route folder is
 *   derived from it (`/api/v1/things/{id}` → apps/web/src/app/api/v1/things/[id]);
 * - `body` / `query` are the very zod schemas the handler passes to
 *   `parseBody` (import them from the route's schema.ts, never copy them);
 * - `errors` lists the codes the operation itself can answer; the generic ones
 *   (authentication, body parsing, Idempotency-Key, internal_error) are added
 *   from `auth`, `body` and `idempotent`.
 * build-openapi-document.test.ts fails while a route.ts exports a method that
 * has no entry here, or a handler parses with a schema the entry does not name;
 * post-bodies.fuzz.integration.test.ts then asks for a fuzz setup for a new POST.
 */
import type { ErrorCode } from "@jeton/core";
import type { z } from "zod";
import { createCardTokenBody } from "@/app/api/v1/card-tokens/schema";
import { listEventsQuery } from "@/app/api/v1/events/schema";
import { createPaymentRequestBody } from "@/app/api/v1/payment-requests/schema";
import { addCustomerCardBody } from "@/app/api/v1/customers/[id]/cards/schema";
import { createCustomerBody, listCustomersQuery } from "@/app/api/v1/customers/schema";
import { captureTransactionBody } from "@/app/api/v1/transactions/[id]/capture/schema";
import { createRefundBody, listRefundsQuery } from "@/app/api/v1/transactions/[id]/refunds/schema";
import { transactionStatusQuery } from "@/app/api/v1/transactions/[id]/status/schema";
import { createTransactionBody, listTransactionsQuery } from "@/app/api/v1/transactions/schema";
import { createWebhookEndpointBody } from "@/app/api/v1/webhook-endpoints/schema";
import { cancelSubscriptionBody } from "@/app/api/v1/subscriptions/[id]/cancel/schema";
import { updateSubscriptionBody } from "@/app/api/v1/subscriptions/[id]/schema";
import { createSubscriptionBody, listSubscriptionsQuery } from "@/app/api/v1/subscriptions/schema";
import { advanceTestClockBody } from "@/app/api/v1/test-clocks/[id]/advance/schema";
import { createTestClockBody } from "@/app/api/v1/test-clocks/schema";

export type HttpMethod = "GET" | "POST" | "DELETE";

export interface ApiOperation {
  method: HttpMethod;
  /** `{name}` marks a path parameter. */
  path: string;
  operationId: string;
  /** Groups operations in the document and on the reference page. */
  tag: string;
  summary: string;
  description?: string;
  /**
   * Which key goes in `Authorization: Bearer …`; `clientSecret` for token.js's
   * calls that carry a transaction's client secret instead; `none` for public documents.
   */
  auth: "secret" | "publishable" | "clientSecret" | "none";
  /** Accepts an `Idempotency-Key` header (every POST made with a secret key does). */
  idempotent?: boolean;
  body?: z.ZodType;
  /** A body the operation accepts: shown in the reference, and the seed the fuzzer mutates. */
  bodyExample?: Record<string, unknown>;
  query?: z.ZodType;
  response: { status: number; description: string; example?: unknown; contentType?: string };
  /** The codes this operation answers besides the generic ones. */
  errors: readonly ErrorCode[];
}

const paymentRequestExample = {
  id: "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  object: "payment_request",
  status: "open",
  intent: "payment",
  amount: 2500,
  currency: "EUR",
  merchantReference: "order-1",
  description: "T-shirt",
  customerEmail: "ada@example.com",
  locale: "fr",
  returnUrl: "https://shop.example/return?order=1",
  cancelUrl: "https://shop.example/cancel",
  captureMode: "automatic",
  saveCard: false,
  url: "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  embedUrl: "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  expiresAt: "2026-01-02T10:00:00.000Z",
  createdAt: "2026-01-01T10:00:00.000Z",
  completedAt: null,
  transactionId: null,
  cardTokenId: null,
  customerId: null,
  cardId: null,
  attempts: 0,
  maxAttempts: 3,
  mode: "test",
  captureDelayDays: null,
  installments: null,
  installmentPlanId: null,
};

const webhookEndpointExample = {
  id: "we_i975I9ERr7vBi0utJ_2Xuw",
  object: "webhook_endpoint",
  mode: "test",
  url: "https://shop.example/webhooks/jeton",
  eventTypes: ["payment_request.succeeded"],
  createdAt: "2026-01-01T10:00:00.000Z",
};

const eventExample = {
  id: "evt_3kVb8YqJ2mN5pQ7rS9tU1w",
  object: "event",
  type: "payment_request.succeeded",
  mode: "test",
  objectId: "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  createdAt: "2026-01-01T10:02:00.000Z",
  data: { object: { id: "pr_8Zc2kQ1mW9yR4tUv7xYb0a", status: "succeeded" } },
};

const deliveryExample = {
  id: "wd_Q2w3E4r5T6y7U8i9O0p1Aa",
  object: "webhook_delivery",
  eventId: eventExample.id,
  endpointId: webhookEndpointExample.id,
  status: "succeeded",
  attempts: 1,
  nextAttemptAt: null,
  lastAttemptAt: "2026-01-01T10:02:01.000Z",
  lastStatusCode: 200,
  createdAt: "2026-01-01T10:02:00.000Z",
};

const transactionExample = {
  id: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
  object: "transaction",
  status: "captured",
  amount: 2500,
  currency: "EUR",
  capturedAmount: 2500,
  refundedAmount: 0,
  captureMode: "automatic",
  merchantReference: "order-1",
  customerEmail: "ada@example.com",
  paymentRequestId: null,
  channel: "api",
  customerId: null,
  cardId: null,
  sourceTransactionId: null,
  initiatedBy: "customer",
  storedCredential: false,
  card: { brand: "visa", bin: "424242", last4: "4242", expMonth: 12, expYear: 2030 },
  responseCode: "00",
  declineCode: null,
  authorizationCode: "A1B2C3",
  threeDs: { version: "2.2.0", transStatus: "Y", eci: "05", liabilityShift: true, challenged: false },
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
  authorizedAt: "2026-01-01T10:00:01.000Z",
  capturedAt: "2026-01-01T10:00:01.000Z",
  settledAt: null,
  canceledAt: null,
  settlementId: null,
  risk: null,
  subscriptionId: null,
  installmentPlanId: null,
  billingPeriod: null,
  initialTransactionId: null,
  autoCaptureAt: null,
};

const refundExample = {
  id: "re_Tz7Wq3Ed5Rf1Gb8Nh2Mk4j",
  object: "refund",
  transactionId: transactionExample.id,
  amount: 1000,
  currency: "EUR",
  status: "succeeded",
  reason: "damaged item",
  mode: "test",
  createdAt: "2026-01-03T09:00:00.000Z",
};

const cardExample = {
  id: "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
  object: "card",
  customerId: "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
  brand: "visa",
  bin: "424242",
  last4: "4242",
  expMonth: 12,
  expYear: 2030,
  holderName: "Ada Lovelace",
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
  deletedAt: null,
  consent: { obtainedAt: "2026-01-01T10:00:00.000Z", method: "api" },
};

const customerExample = {
  id: cardExample.customerId,
  object: "customer",
  email: "ada@example.com",
  name: "Ada Lovelace",
  merchantReference: "user-42",
  testClockId: null,
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
  deletedAt: null,
};

const testClockExample = {
  id: "clk_Vb3Nm5Qw7Er9Ty1Ui2Op4a",
  object: "test_clock",
  name: "annual plan",
  frozenTime: "2027-01-31T10:00:00.000Z",
  status: "ready",
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
};

const recurringChargeExample = {
  id: "rch_Lk8Jh6Gf4Ds2Aq1Ws3Ed5r",
  object: "recurring_charge",
  period: 1,
  periodStart: "2027-02-28T10:00:00.000Z",
  periodEnd: "2027-03-31T10:00:00.000Z",
  amount: null,
  currency: "EUR",
  status: "scheduled",
  attempts: 0,
  nextAttemptAt: "2027-02-28T10:00:00.000Z",
  lastTransactionId: null,
  lastDeclineCode: null,
};

const installmentPlanExample = {
  id: "ipl_Rt5Yu7Io9Pa1Sd3Fg5Hj7k",
  object: "installment_plan",
  status: "active",
  paymentRequestId: "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  customerId: cardExample.customerId,
  cardId: cardExample.id,
  testClockId: null,
  totalAmount: 10000,
  currency: "EUR",
  count: 3,
  interval: "month",
  initialTransactionId: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
  merchantReference: "order-3x",
  mode: "test",
  createdAt: "2027-01-31T10:00:00.000Z",
  installments: [
    { ...recurringChargeExample, period: 0, periodStart: "2027-01-31T10:00:00.000Z", periodEnd: "2027-02-28T10:00:00.000Z", amount: 3334, status: "succeeded", attempts: 1, nextAttemptAt: null, lastTransactionId: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c" },
    { ...recurringChargeExample, amount: 3333 },
    { ...recurringChargeExample, period: 2, periodStart: "2027-03-31T10:00:00.000Z", periodEnd: "2027-04-30T10:00:00.000Z", amount: 3333, nextAttemptAt: "2027-03-31T10:00:00.000Z" },
  ],
};

const subscriptionExample = {
  id: "sub_Zx9Cv7Bn5Mm3Ll1Kk2Jj4h",
  object: "subscription",
  status: "active",
  customerId: cardExample.customerId,
  cardId: cardExample.id,
  testClockId: null,
  amount: 1990,
  currency: "EUR",
  interval: "month",
  intervalCount: 1,
  billingAnchor: "2027-01-31T10:00:00.000Z",
  trialEnd: null,
  currentPeriod: 0,
  currentPeriodStart: "2027-01-31T10:00:00.000Z",
  currentPeriodEnd: "2027-02-28T10:00:00.000Z",
  endAfterCycles: null,
  endAt: null,
  cancelAtPeriodEnd: false,
  initialTransactionId: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
  merchantReference: "plan-pro-42",
  description: "Pro plan",
  metadata: { plan: "pro" },
  mode: "test",
  createdAt: "2027-01-31T10:00:00.000Z",
  canceledAt: null,
  pausedAt: null,
  nextCharge: recurringChargeExample,
};

export const operations: readonly ApiOperation[] = [
  // ── Card tokens ──────────────────────────────────────────────────────────
  {
    method: "POST",
    path: "/api/v1/card-tokens",
    operationId: "createCardToken",
    tag: "Card tokens",
    summary: "Turn a card into a single-use cardTokenId",
    description:
      "Called from the shopper's browser by token.js with the publishable key; the Origin must be registered for the merchant. " +
      "The token lives 15 minutes and is consumed once. Rate limited per client address and per key.",
    auth: "publishable",
    body: createCardTokenBody,
    bodyExample: { card: { number: "4242424242424242", expMonth: 12, expYear: 2030, cvc: "123", holder: "Ada Lovelace" } },
    response: {
      status: 201,
      description: "The token and the card's public summary.",
      example: {
        cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
        card: { brand: "visa", last4: "4242", bin: "424242", expMonth: 12, expYear: 2030 },
        expiresAt: "2026-01-01T10:15:00.000Z",
      },
    },
    errors: ["origin_not_allowed", "rate_limited", "invalid_number", "invalid_expiry_month", "invalid_expiry_year", "expired_card", "invalid_cvc"],
  },
  {
    method: "GET",
    path: "/api/v1/card-tokens/{id}",
    operationId: "getCardToken",
    tag: "Card tokens",
    summary: "Read a card token's summary and status",
    description: "Never returns the card number. Another merchant's token answers 404 like an unknown id.",
    auth: "secret",
    response: {
      status: 200,
      description: "The token.",
      example: {
        cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
        card: { brand: "visa", last4: "4242", bin: "424242", expMonth: 12, expYear: 2030 },
        expiresAt: "2026-01-01T10:15:00.000Z",
        status: "used",
      },
    },
    errors: ["resource_not_found"],
  },

  // ── Payment requests ─────────────────────────────────────────────────────
  {
    method: "POST",
    path: "/api/v1/payment-requests",
    operationId: "createPaymentRequest",
    tag: "Payment requests",
    summary: "Create a hosted payment page session",
    description: "Redirect the shopper to `url`, or frame `embedUrl`. Amounts are integers in the currency's minor unit.",
    auth: "secret",
    idempotent: true,
    body: createPaymentRequestBody,
    bodyExample: {
      amount: 2500,
      currency: "EUR",
      merchantReference: "order-1",
      description: "T-shirt",
      customerEmail: "ada@example.com",
      locale: "fr",
      returnUrl: "https://shop.example/return?order=1",
      cancelUrl: "https://shop.example/cancel",
    },
    response: { status: 201, description: "The open payment request.", example: paymentRequestExample },
    errors: ["return_url_not_allowed", "resource_not_found", "live_mode_unavailable"],
  },
  {
    method: "GET",
    path: "/api/v1/payment-requests/{id}",
    operationId: "getPaymentRequest",
    tag: "Payment requests",
    summary: "Read a payment request and its outcome",
    auth: "secret",
    response: { status: 200, description: "The payment request.", example: paymentRequestExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/payment-requests/{id}/cancel",
    operationId: "cancelPaymentRequest",
    tag: "Payment requests",
    summary: "Stop an open payment request from being paid",
    auth: "secret",
    idempotent: true,
    response: { status: 200, description: "The canceled payment request.", example: { ...paymentRequestExample, status: "canceled" } },
    errors: ["resource_not_found", "payment_request_not_open"],
  },

  // ── Transactions ─────────────────────────────────────────────────────────
  {
    method: "POST",
    path: "/api/v1/transactions",
    operationId: "createTransaction",
    tag: "Transactions",
    summary: "Charge a card token, a saved card or an earlier payment's card",
    description:
      "Exactly one source: `cardTokenId` (consumed), `customerId` + `cardId` (saved card; `initiatedBy: merchant` for recurring, without 3-D Secure, " +
      "only on a card with the shopper's recorded `consent` and after a first customer-initiated payment with it, else 409 `merchant_initiated_not_allowed`), " +
      "or `sourceTransactionId`. When 3-D Secure needs a challenge the answer is `status: requires_action` with a `clientSecret`: " +
      "pass it to token.js `Jeton.handleNextAction(clientSecret)`. A refusal is recorded and answered 402 `card_declined` with `declineCode` and `transactionId`.",
    auth: "secret",
    idempotent: true,
    body: createTransactionBody,
    bodyExample: { amount: 2500, currency: "EUR", cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P", merchantReference: "order-1", captureMode: "automatic" },
    response: { status: 201, description: "The transaction: authorized, captured, or requires_action (with clientSecret).", example: transactionExample },
    errors: [
      "resource_not_found",
      "card_token_used",
      "card_token_expired",
      "card_not_chargeable",
      "source_transaction_not_reusable",
      "card_declined",
      "acquirer_unavailable",
      "merchant_initiated_not_allowed",
      "live_mode_unavailable",
    ],
  },
  {
    method: "GET",
    path: "/api/v1/transactions",
    operationId: "listTransactions",
    tag: "Transactions",
    summary: "List and filter transactions, newest first",
    description: "Filters combine with AND. Cursor pagination: pass the last id you received as `startingAfter` while `hasMore` is true.",
    auth: "secret",
    query: listTransactionsQuery,
    response: { status: 200, description: "A page of transactions.", example: { object: "list", data: [transactionExample], hasMore: false } },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/transactions/{id}",
    operationId: "getTransaction",
    tag: "Transactions",
    summary: "Read a transaction with its refunds, 3-D Secure outcome and timeline",
    auth: "secret",
    response: {
      status: 200,
      description: "The transaction.",
      example: {
        ...transactionExample,
        refunds: [],
        timeline: [
          { type: "transaction.authorized", at: "2026-01-01T10:00:01.000Z", objectId: transactionExample.id },
          { type: "transaction.captured", at: "2026-01-01T10:00:01.000Z", objectId: transactionExample.id },
        ],
      },
    },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/transactions/{id}/capture",
    operationId: "captureTransaction",
    tag: "Transactions",
    summary: "Capture all or part of a manual-capture authorization",
    description: "Within 7 days of the authorization. Without `amount`, the whole authorization; an empty body is allowed.",
    auth: "secret",
    idempotent: true,
    body: captureTransactionBody,
    bodyExample: { amount: 1500 },
    response: { status: 200, description: "The captured transaction.", example: { ...transactionExample, captureMode: "manual", capturedAmount: 1500 } },
    errors: ["resource_not_found", "transaction_not_capturable", "capture_exceeds_authorized", "invalid_state_transition", "acquirer_unavailable", "live_mode_unavailable"],
  },
  {
    method: "POST",
    path: "/api/v1/transactions/{id}/cancel",
    operationId: "cancelTransaction",
    tag: "Transactions",
    summary: "Cancel an authorized or captured transaction before settlement",
    auth: "secret",
    idempotent: true,
    response: { status: 200, description: "The canceled transaction.", example: { ...transactionExample, status: "canceled", canceledAt: "2026-01-01T11:00:00.000Z" } },
    errors: ["resource_not_found", "transaction_not_cancelable", "invalid_state_transition", "acquirer_unavailable", "live_mode_unavailable"],
  },
  {
    method: "POST",
    path: "/api/v1/transactions/{id}/refunds",
    operationId: "createRefund",
    tag: "Transactions",
    summary: "Refund all or part of a settled transaction",
    description: "Never more than what remains, even under concurrent requests. Without `amount`, everything that remains; an empty body is allowed.",
    auth: "secret",
    idempotent: true,
    body: createRefundBody,
    bodyExample: { amount: 1000, reason: "damaged item" },
    response: {
      status: 201,
      description: "The refund, with the transaction after it.",
      example: { ...refundExample, transaction: { ...transactionExample, status: "partially_refunded", refundedAmount: 1000 } },
    },
    errors: ["resource_not_found", "transaction_not_refundable", "refund_exceeds_remaining", "invalid_state_transition", "acquirer_unavailable", "live_mode_unavailable"],
  },
  {
    method: "GET",
    path: "/api/v1/transactions/{id}/refunds",
    operationId: "listRefunds",
    tag: "Transactions",
    summary: "List a transaction's refunds, oldest first",
    auth: "secret",
    query: listRefundsQuery,
    response: { status: 200, description: "A page of refunds.", example: { data: [refundExample], hasMore: false } },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/transactions/{id}/status",
    operationId: "getTransactionStatus",
    tag: "Transactions",
    summary: "A transaction's outcome, for token.js after a challenge",
    description:
      "No API key: the `client_secret` from the creation answer is the credential. From a browser, the Origin must be registered for the merchant. " +
      "Never returns the card or the amounts.",
    auth: "clientSecret",
    query: transactionStatusQuery,
    response: {
      status: 200,
      description: "The status.",
      example: { id: transactionExample.id, object: "transaction_status", status: "authorized", declineCode: null, actionExpiresAt: null },
    },
    errors: ["invalid_client_secret", "origin_not_allowed"],
  },

  // ── Customers and saved cards ────────────────────────────────────────────
  {
    method: "POST",
    path: "/api/v1/customers",
    operationId: "createCustomer",
    tag: "Customers",
    summary: "Create a customer, saving a card from a cardTokenId",
    description:
      "With `cardTokenId` the token is consumed and the card saved, in one database transaction: a bad token creates nothing. " +
      "`consent` states that the shopper agreed to merchant-initiated charges on that card (when, how); absent, it is recorded as given now, through the API.",
    auth: "secret",
    idempotent: true,
    body: createCustomerBody,
    bodyExample: { email: "ada@example.com", name: "Ada Lovelace", merchantReference: "user-42", cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P" },
    response: { status: 201, description: "The customer with its cards.", example: { ...customerExample, cards: [cardExample] } },
    errors: ["resource_not_found", "card_token_used", "card_token_expired", "test_mode_only"],
  },
  {
    method: "GET",
    path: "/api/v1/customers",
    operationId: "listCustomers",
    tag: "Customers",
    summary: "List customers, newest first",
    auth: "secret",
    query: listCustomersQuery,
    response: { status: 200, description: "A page of customers.", example: { object: "list", data: [customerExample], hasMore: false } },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/customers/{id}",
    operationId: "getCustomer",
    tag: "Customers",
    summary: "Read a customer with its saved cards",
    auth: "secret",
    response: { status: 200, description: "The customer.", example: { ...customerExample, cards: [cardExample] } },
    errors: ["resource_not_found"],
  },
  {
    method: "DELETE",
    path: "/api/v1/customers/{id}",
    operationId: "deleteCustomer",
    tag: "Customers",
    summary: "Delete a customer and all its saved cards",
    auth: "secret",
    response: { status: 200, description: "The deleted customer.", example: { ...customerExample, deletedAt: "2026-02-01T10:00:00.000Z" } },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/customers/{id}/cards",
    operationId: "addCustomerCard",
    tag: "Customers",
    summary: "Save the card of a cardTokenId for a customer",
    description: "`consent` states that the shopper agreed to merchant-initiated charges on this card (when, how); absent, it is recorded as given now, through the API.",
    auth: "secret",
    idempotent: true,
    body: addCustomerCardBody,
    bodyExample: { cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P", consent: { obtainedAt: "2026-01-01T09:58:00Z", method: "online" } },
    response: { status: 201, description: "The saved card.", example: cardExample },
    errors: ["resource_not_found", "card_token_used", "card_token_expired"],
  },
  {
    method: "GET",
    path: "/api/v1/customers/{id}/cards",
    operationId: "listCustomerCards",
    tag: "Customers",
    summary: "List a customer's saved cards (deleted ones are not listed)",
    auth: "secret",
    response: { status: 200, description: "The cards.", example: { object: "list", data: [cardExample], hasMore: false } },
    errors: ["resource_not_found"],
  },
  {
    method: "DELETE",
    path: "/api/v1/customers/{id}/cards/{cardId}",
    operationId: "deleteCustomerCard",
    tag: "Customers",
    summary: "Delete a saved card for good; it can never be charged again",
    auth: "secret",
    response: { status: 200, description: "The deleted card.", example: { ...cardExample, deletedAt: "2026-02-01T10:00:00.000Z" } },
    errors: ["resource_not_found"],
  },

  // ── Subscriptions, instalment plans and test clocks ──────────────────────
  {
    method: "GET",
    path: "/api/v1/installment-plans/{id}",
    operationId: "getInstallmentPlan",
    tag: "Subscriptions",
    summary: "Read an instalment plan with every instalment",
    description: "Made when the shopper pays the first instalment of a payment request with `installments`; the next ones are charged on schedule with the subscriptions' dunning.",
    auth: "secret",
    response: { status: 200, description: "The plan.", example: installmentPlanExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions",
    operationId: "createSubscription",
    tag: "Subscriptions",
    summary: "Bill a customer's saved card every interval",
    description:
      "The card must be the customer's, with the shopper's consent and a first customer-initiated payment (the payment that saved it, or a one-click one): " +
      "every charge is then merchant-initiated on the stored credential and names that payment (`initialTransactionId`). " +
      "Without `trialDays` or a later `startDate`, the first period is charged before the answer. A period anchored on the 31st bills on the last day of shorter months. " +
      "Failed charges are retried after 1, 3 and 5 days (the merchant's setting), then the subscription becomes `past_due`, then `canceled`.",
    auth: "secret",
    idempotent: true,
    body: createSubscriptionBody,
    bodyExample: { customerId: cardExample.customerId, cardId: cardExample.id, amount: 1990, currency: "EUR", interval: "month", merchantReference: "plan-pro-42", metadata: { plan: "pro" } },
    response: { status: 201, description: "The subscription.", example: subscriptionExample },
    errors: ["resource_not_found", "merchant_initiated_not_allowed", "live_mode_unavailable", "invalid_state_transition"],
  },
  {
    method: "GET",
    path: "/api/v1/subscriptions",
    operationId: "listSubscriptions",
    tag: "Subscriptions",
    summary: "List subscriptions, newest first",
    auth: "secret",
    query: listSubscriptionsQuery,
    response: { status: 200, description: "A page of subscriptions.", example: { object: "list", data: [subscriptionExample], hasMore: false } },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/subscriptions/{id}",
    operationId: "getSubscription",
    tag: "Subscriptions",
    summary: "Read a subscription and its next charge",
    auth: "secret",
    response: { status: 200, description: "The subscription.", example: subscriptionExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}",
    operationId: "updateSubscription",
    tag: "Subscriptions",
    summary: "Change the amount or the card from the next charge",
    description: "A new card must be the same customer's, with consent and a first payment. On a subscription whose charge failed or waits for a retry, a new card retries the amount due at once.",
    auth: "secret",
    idempotent: true,
    body: updateSubscriptionBody,
    bodyExample: { amount: 2490 },
    response: { status: 200, description: "The subscription.", example: subscriptionExample },
    errors: ["resource_not_found", "invalid_state_transition", "merchant_initiated_not_allowed", "live_mode_unavailable"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}/cancel",
    operationId: "cancelSubscription",
    tag: "Subscriptions",
    summary: "Cancel now, or at the end of the period paid",
    auth: "secret",
    idempotent: true,
    body: cancelSubscriptionBody,
    bodyExample: { atPeriodEnd: true },
    response: { status: 200, description: "The subscription.", example: { ...subscriptionExample, cancelAtPeriodEnd: true } },
    errors: ["resource_not_found", "invalid_state_transition"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}/pause",
    operationId: "pauseSubscription",
    tag: "Subscriptions",
    summary: "Pause billing: periods due while paused are not charged",
    auth: "secret",
    idempotent: true,
    response: { status: 200, description: "The subscription.", example: { ...subscriptionExample, status: "paused", pausedAt: "2027-02-10T10:00:00.000Z" } },
    errors: ["resource_not_found", "invalid_state_transition"],
  },
  {
    method: "POST",
    path: "/api/v1/subscriptions/{id}/resume",
    operationId: "resumeSubscription",
    tag: "Subscriptions",
    summary: "Resume a paused subscription at its next billing date",
    auth: "secret",
    idempotent: true,
    response: { status: 200, description: "The subscription.", example: subscriptionExample },
    errors: ["resource_not_found", "invalid_state_transition"],
  },
  {
    method: "GET",
    path: "/api/v1/subscriptions/{id}/charges",
    operationId: "listSubscriptionCharges",
    tag: "Subscriptions",
    summary: "Every period billed or queued: dates, amounts, attempts and outcomes",
    auth: "secret",
    response: { status: 200, description: "The charges, oldest period first.", example: { object: "list", data: [recurringChargeExample], hasMore: false } },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/test-clocks",
    operationId: "createTestClock",
    tag: "Test clocks",
    summary: "Create a test clock (test mode only)",
    description: "Customers created with `testClockId` live at the clock's time: their subscriptions, instalments and delayed captures run when the clock is advanced.",
    auth: "secret",
    idempotent: true,
    body: createTestClockBody,
    bodyExample: { frozenTime: "2027-01-31T10:00:00Z", name: "annual plan" },
    response: { status: 201, description: "The clock, `ready`.", example: testClockExample },
    errors: ["test_mode_only"],
  },
  {
    method: "GET",
    path: "/api/v1/test-clocks/{id}",
    operationId: "getTestClock",
    tag: "Test clocks",
    summary: "Read a test clock: its time, and `advancing` or `ready`",
    auth: "secret",
    response: { status: 200, description: "The clock.", example: testClockExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/test-clocks/{id}/advance",
    operationId: "advanceTestClock",
    tag: "Test clocks",
    summary: "Move a test clock forward, running everything that falls due, in date order",
    description:
      "Every charge, retry and delayed capture of the clock's customers that falls due before `to` runs at its own date. " +
      "The clock reads `advancing` meanwhile (another advance is refused with `test_clock_advancing`) and answers `ready` at `to`.",
    auth: "secret",
    idempotent: true,
    body: advanceTestClockBody,
    bodyExample: { to: "2027-12-31T12:00:00Z" },
    response: { status: 200, description: "The clock, `ready` at `to`.", example: { ...testClockExample, frozenTime: "2027-12-31T12:00:00.000Z" } },
    errors: ["resource_not_found", "test_mode_only", "test_clock_advancing", "acquirer_unavailable", "live_mode_unavailable", "invalid_state_transition"],
  },

  // ── Webhook endpoints ────────────────────────────────────────────────────
  {
    method: "POST",
    path: "/api/v1/webhook-endpoints",
    operationId: "createWebhookEndpoint",
    tag: "Webhooks",
    summary: "Register a URL to receive events",
    description: "The answer carries the endpoint's `whsec_` signing secret; it is shown in full only here.",
    auth: "secret",
    idempotent: true,
    body: createWebhookEndpointBody,
    bodyExample: { url: "https://shop.example/webhooks/jeton", events: ["payment_request.succeeded"] },
    response: {
      status: 201,
      description: "The endpoint with its secret.",
      example: { ...webhookEndpointExample, secret: "whsec_z6oiCqMaEFJ/r+hRS5ca/X8O2SV01uiyijyiJcF+k0s=" },
    },
    errors: ["webhook_url_not_allowed"],
  },
  {
    method: "GET",
    path: "/api/v1/webhook-endpoints",
    operationId: "listWebhookEndpoints",
    tag: "Webhooks",
    summary: "List the webhook endpoints of the key's mode",
    auth: "secret",
    response: { status: 200, description: "The endpoints, without secrets.", example: { data: [webhookEndpointExample] } },
    errors: [],
  },
  {
    method: "GET",
    path: "/api/v1/webhook-endpoints/{id}",
    operationId: "getWebhookEndpoint",
    tag: "Webhooks",
    summary: "Read a webhook endpoint",
    auth: "secret",
    response: { status: 200, description: "The endpoint, without its secret.", example: webhookEndpointExample },
    errors: ["resource_not_found"],
  },
  {
    method: "DELETE",
    path: "/api/v1/webhook-endpoints/{id}",
    operationId: "deleteWebhookEndpoint",
    tag: "Webhooks",
    summary: "Delete a webhook endpoint",
    description: "Events stop being sent there; its pending deliveries are dropped.",
    auth: "secret",
    response: { status: 200, description: "The deleted endpoint.", example: { id: webhookEndpointExample.id, object: "webhook_endpoint", deleted: true } },
    errors: ["resource_not_found"],
  },

  // ── Events ───────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/api/v1/events",
    operationId: "listEvents",
    tag: "Events",
    summary: "List events, newest first",
    description: "Cursor pagination: pass the last id you received as `startingAfter` while `hasMore` is true.",
    auth: "secret",
    query: listEventsQuery,
    response: { status: 200, description: "A page of events.", example: { data: [eventExample], hasMore: false } },
    errors: [],
  },
  {
    method: "GET",
    path: "/api/v1/events/{id}",
    operationId: "getEvent",
    tag: "Events",
    summary: "Read an event",
    auth: "secret",
    response: { status: 200, description: "The event.", example: eventExample },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/events/{id}/deliveries",
    operationId: "listEventDeliveries",
    tag: "Events",
    summary: "Where an event was sent, with every attempt",
    auth: "secret",
    response: {
      status: 200,
      description: "One delivery per endpoint, each with its attempt log.",
      example: {
        object: "list",
        data: [
          {
            ...deliveryExample,
            url: webhookEndpointExample.url,
            attemptLog: [{ attemptedAt: "2026-01-01T10:02:01.000Z", statusCode: 200, durationMs: 42, error: null }],
          },
        ],
      },
    },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/events/{id}/redeliver",
    operationId: "redeliverEvent",
    tag: "Events",
    summary: "Send an event again to every matching endpoint",
    auth: "secret",
    idempotent: true,
    response: { status: 200, description: "The deliveries queued, due now.", example: { data: [{ ...deliveryExample, status: "pending" }] } },
    errors: ["resource_not_found"],
  },

  // ── Platform ─────────────────────────────────────────────────────────────
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Platform",
    summary: "This API's OpenAPI 3.1 document",
    auth: "none",
    response: { status: 200, description: "The document." },
    errors: [],
  },
  {
    method: "GET",
    path: "/api/health",
    operationId: "getHealth",
    tag: "Platform",
    summary: "Readiness: the database is reachable and migrated",
    auth: "none",
    response: { status: 200, description: "Ready (503 with `status: unavailable` while not).", example: { status: "ok" } },
    errors: [],
  },
  {
    method: "GET",
    path: "/api/ready",
    operationId: "getReadiness",
    tag: "Platform",
    summary: "Readiness for a load balancer: not draining, and the database answers now",
    auth: "none",
    response: { status: 200, description: "Ready (503 with `status: draining` after SIGTERM, or `unavailable` when the database does not answer).", example: { status: "ready" } },
    errors: [],
  },
  {
    method: "GET",
    path: "/.well-known/jwks.json",
    operationId: "getJwks",
    tag: "Platform",
    summary: "Public keys that verify signed results (jeton_result)",
    auth: "none",
    response: {
      status: 200,
      description: "A JSON Web Key Set (ES256 keys, by `kid`).",
      contentType: "application/jwk-set+json",
      example: { keys: [{ kty: "EC", crv: "P-256", kid: "sig_2026-01", alg: "ES256", use: "sig", x: "…", y: "…" }] },
    },
    errors: [],
  },
];
