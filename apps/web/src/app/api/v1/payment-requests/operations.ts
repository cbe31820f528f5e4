/** The payment requests operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { listView, paymentRequestView } from "@jeton/core";
import { createPaymentRequestBody, listPaymentRequestsQuery } from "./schema";

export const paymentRequestExample = {
  id: "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  object: "payment_request",
  status: "open",
  intent: "payment",
  amount: 2500,
  currency: "EUR",
  merchantReference: "order-1",
  description: "T-shirt",
  metadata: { orderId: "1042" },
  customerEmail: "ada@example.com",
  locale: "fr",
  returnUrl: "https://shop.example/return?order=1",
  cancelUrl: "https://shop.example/cancel",
  captureMode: "automatic",
  saveCard: false,
  url: "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  embedUrl: "https://pay.example/embed/pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  qrCodeUrl: "https://pay.example/pay/pr_8Zc2kQ1mW9yR4tUv7xYb0a/qr.svg",
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
  subscriptionId: null,
};

/** A payment request as POST /payment-requests (with sendTo) and GET /payment-requests/{id} answer it: with its messages. */
const paymentRequestWithMessagesExample = {
  ...paymentRequestExample,
  messages: [
    {
      id: "msg_Q2v8Lr5Tn1Kx7Wb3Yc9Zd0",
      object: "message",
      channel: "email",
      template: "payment_request",
      recipient: "ada@example.com",
      locale: "fr",
      status: "sent",
      attempts: 1,
      errorClass: null,
      reminderStep: null,
      paymentRequestId: "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
      createdAt: "2026-01-01T10:00:00.000Z",
      sentAt: "2026-01-01T10:00:01.000Z",
      nextAttemptAt: null,
      mode: "test",
    },
  ],
};

export const paymentRequestOperations: readonly ApiOperation[] = [
  {
    method: "POST",
    path: "/api/v1/payment-requests",
    operationId: "createPaymentRequest",
    tag: "Payment requests",
    summary: "Create a hosted payment page session",
    description:
      "Redirect the shopper to `url`, or frame `embedUrl`, or show `qrCodeUrl` (SVG). Amounts are integers in the currency's minor unit. " +
      "Push & Pay: with `sendTo: { email?, phone? }` (phone in E.164) the request is sent at once by email and/or SMS; the answer lists the queued `messages`. " +
      "A bad address is a 400 naming `sendTo[email]` or `sendTo[phone]`, and nothing is created; over the merchant's messaging limits the answer is 429 `message_limit_exceeded`.",
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
      sendTo: { email: "ada@example.com", phone: "+33612345678" },
    },
    response: {
      status: 201,
      description: "The open payment request, with the messages queued for it (empty without sendTo).",
      schema: paymentRequestView,
      example: paymentRequestWithMessagesExample,
    },
    errors: ["return_url_not_allowed", "resource_not_found", "live_mode_unavailable", "message_limit_exceeded"],
  },
  {
    method: "GET",
    path: "/api/v1/payment-requests",
    operationId: "listPaymentRequests",
    tag: "Payment requests",
    summary: "List payment requests (API-made and payment links), newest first",
    description:
      "Filters combine with AND: `status` (one or several, comma-separated; an open request past its expiry is `expired`) and `metadata[key]=value` (every pair must match). " +
      "Pages with `limit` and `startingAfter` (the `nextCursor` of the page before). Only the key's own merchant and mode are listed.",
    auth: "secret",
    query: listPaymentRequestsQuery,
    response: {
      status: 200,
      description: "A page of payment requests.",
      schema: listView(paymentRequestView, "PaymentRequestList"),
      example: { object: "list", data: [paymentRequestExample], hasMore: false, nextCursor: null },
    },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/payment-requests/{id}",
    operationId: "getPaymentRequest",
    tag: "Payment requests",
    summary: "Read a payment request, its outcome and its messages",
    description: "`messages` lists what was sent about it (the request by email or SMS, reminders, receipts), with each one's status: queued, sent, failed or canceled.",
    auth: "secret",
    response: { status: 200, description: "The payment request and its messages.", schema: paymentRequestView, example: paymentRequestWithMessagesExample },
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
    response: { status: 200, description: "The canceled payment request.", schema: paymentRequestView, example: { ...paymentRequestExample, status: "canceled" } },
    errors: ["resource_not_found", "payment_request_not_open"],
  },
];
