/**
 * The platform operations of the API registry: the routes that are no
 * resource of /api/v1 (the document itself, health, readiness, the JWKS).
 */
import type { ApiOperation } from "./api-operation";

export const platformOperations: readonly ApiOperation[] = [
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
