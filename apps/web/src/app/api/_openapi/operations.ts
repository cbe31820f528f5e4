/*
 * Every operation of the HTTP API, once. The OpenAPI document
 * (GET /api/v1/openapi.json), the reference page (/docs/api), the request
 * fuzzing test and the tenant-isolation test are all built from this list.
 *
 * Layout of the registry:
 * - each resource describes its own operations in an `operations.ts` beside
 *   its routes: app/api/v1/<resource>/operations.ts exports
 *   `<resource>Operations: readonly ApiOperation[]` (card-tokens,
 *   payment-requests, transactions — with refunds and status —, customers —
 *   with their cards —, webhook-endpoints, events);
 * - the routes that belong to no resource (openapi.json, health, ready, the
 *   JWKS) are in platform-operations.ts here;
 * - this file only lists them, in the order of the document; the type of an
 *   entry is ApiOperation (api-operation.ts), the document is built by
 *   build-openapi-document.ts. Nothing under src/server imports from here.
 *
 * To add an operation, append ONE entry to its resource's operations.ts (a new
 * resource: a new operations.ts, imported below):
 * - `path` is the URL with `{param}` for dynamic segments; the route folder is
 *   derived from it (`/api/v1/things/{id}` → apps/web/src/app/api/v1/things/[id]);
 * - `body` / `query` are the very zod schemas the handler passes to
 *   `parseBody` (import them from the route's schema.ts, never copy them);
 * - `response.schema` is the zod view core answers with (`*-view.ts`); a schema
 *   named with `.meta({ id })` becomes `components.schemas.<id>`;
 * - `errors` lists the codes the operation itself can answer; the generic ones
 *   (authentication, body parsing, Idempotency-Key, internal_error) are added
 *   from `auth`, `body` and `idempotent`.
 * build-openapi-document.test.ts fails while a route.ts exports a method that
 * has no entry, or a handler parses with a schema the entry does not name;
 * post-bodies.fuzz.integration.test.ts then asks for a fuzz setup for a new POST.
 */
import { cardTokenOperations } from "@/app/api/v1/card-tokens/operations";
import { customerOperations } from "@/app/api/v1/customers/operations";
import { eventOperations } from "@/app/api/v1/events/operations";
import { paymentRequestOperations } from "@/app/api/v1/payment-requests/operations";
import { transactionOperations } from "@/app/api/v1/transactions/operations";
import { webhookEndpointOperations } from "@/app/api/v1/webhook-endpoints/operations";
import { subscriptionOperations } from "@/app/api/v1/subscriptions/operations";
import { installmentPlanOperations } from "@/app/api/v1/installment-plans/operations";
import { testClockOperations } from "@/app/api/v1/test-clocks/operations";
import { riskRuleOperations } from "@/app/api/v1/risk-rules/operations";
import type { ApiOperation } from "./api-operation";
import { platformOperations } from "./platform-operations";

export type { ApiOperation, HttpMethod } from "./api-operation";

export const operations: readonly ApiOperation[] = [
  ...cardTokenOperations,
  ...paymentRequestOperations,
  ...transactionOperations,
  ...customerOperations,
  ...subscriptionOperations,
  ...installmentPlanOperations,
  ...testClockOperations,
  ...webhookEndpointOperations,
  ...eventOperations,
  ...riskRuleOperations,
  ...platformOperations,
];
