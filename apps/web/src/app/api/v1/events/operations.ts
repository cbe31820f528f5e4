/** The events operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { deliveryWithAttemptsView, eventView, listView, webhookDeliveryView } from "@jeton/core";
import { paymentRequestExample } from "../payment-requests/operations";
import { webhookEndpointExample } from "../webhook-endpoints/operations";
import { listEventsQuery } from "./schema";

const eventExample = {
  id: "evt_3kVb8YqJ2mN5pQ7rS9tU1w",
  object: "event",
  type: "payment_request.succeeded",
  mode: "test",
  objectId: "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  createdAt: "2026-01-01T10:02:00.000Z",
  data: { ...paymentRequestExample, status: "succeeded", completedAt: "2026-01-01T10:02:00.000Z", transactionId: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c" },
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

export const eventOperations: readonly ApiOperation[] = [
  {
    method: "GET",
    path: "/api/v1/events",
    operationId: "listEvents",
    tag: "Events",
    summary: "List events, newest first",
    description: "Cursor pagination: pass the last id you received as `startingAfter` while `hasMore` is true.",
    auth: "secret",
    query: listEventsQuery,
    response: {
      status: 200,
      description: "A page of events.",
      schema: listView(eventView, "EventList"),
      example: { object: "list", data: [eventExample], hasMore: false, nextCursor: null },
    },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/events/{id}",
    operationId: "getEvent",
    tag: "Events",
    summary: "Read an event",
    auth: "secret",
    response: { status: 200, description: "The event.", schema: eventView, example: eventExample },
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
      schema: listView(deliveryWithAttemptsView, "WebhookDeliveryWithAttemptsList"),
      example: {
        object: "list",
        data: [
          {
            ...deliveryExample,
            url: webhookEndpointExample.url,
            attemptLog: [{ attemptedAt: "2026-01-01T10:02:01.000Z", statusCode: 200, durationMs: 42, error: null }],
          },
        ],
        hasMore: false,
        nextCursor: null,
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
    response: {
      status: 200,
      description: "The deliveries queued, due now.",
      schema: listView(webhookDeliveryView, "WebhookDeliveryList"),
      example: { object: "list", data: [{ ...deliveryExample, status: "pending" }], hasMore: false, nextCursor: null },
    },
    errors: ["resource_not_found"],
  },
];
