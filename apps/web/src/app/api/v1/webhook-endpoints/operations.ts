/** The webhook endpoints operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { createdWebhookEndpointView, deletedWebhookEndpointView, listView, webhookEndpointView } from "@jeton/core";
import { createWebhookEndpointBody, listWebhookEndpointsQuery } from "./schema";

export const webhookEndpointExample = {
  id: "we_i975I9ERr7vBi0utJ_2Xuw",
  object: "webhook_endpoint",
  mode: "test",
  url: "https://shop.example/webhooks/jeton",
  eventTypes: ["payment_request.succeeded"],
  description: "Order fulfilment",
  metadata: {},
  createdAt: "2026-01-01T10:00:00.000Z",
};

export const webhookEndpointOperations: readonly ApiOperation[] = [
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
      schema: createdWebhookEndpointView,
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
    description: "`metadata[key]=value` lists only the endpoints whose metadata holds every pair given.",
    auth: "secret",
    query: listWebhookEndpointsQuery,
    response: {
      status: 200,
      description: "The endpoints, without secrets.",
      schema: listView(webhookEndpointView, "WebhookEndpointList"),
      example: { object: "list", data: [webhookEndpointExample], hasMore: false, nextCursor: null },
    },
    errors: [],
  },
  {
    method: "GET",
    path: "/api/v1/webhook-endpoints/{id}",
    operationId: "getWebhookEndpoint",
    tag: "Webhooks",
    summary: "Read a webhook endpoint",
    auth: "secret",
    response: { status: 200, description: "The endpoint, without its secret.", schema: webhookEndpointView, example: webhookEndpointExample },
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
    response: {
      status: 200,
      description: "The deleted endpoint.",
      schema: deletedWebhookEndpointView,
      example: { id: webhookEndpointExample.id, object: "webhook_endpoint", deleted: true } },
    errors: ["resource_not_found"],
  },
];
