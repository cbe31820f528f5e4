/**
 * The platform operations of the API registry: the routes that are no
 * resource of /api/v1 (the document itself, health, readiness, the JWKS).
 */
import { z } from "zod";
import type { ApiOperation } from "./api-operation";

/** The document is described by the OpenAPI 3.1 specification itself; here only what identifies it. */
const openApiDocumentView = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
const healthView = z.object({ status: z.enum(["ok", "unavailable"]) }).meta({ id: "Health" });
const readinessView = z.object({ status: z.enum(["ready", "draining", "unavailable"]) }).meta({ id: "Readiness" });
const jwksView = z
  .object({
    keys: z.array(
      z.looseObject({ kty: z.literal("EC"), crv: z.literal("P-256"), kid: z.string(), alg: z.literal("ES256"), use: z.literal("sig"), x: z.string(), y: z.string() }),
    ),
  })
  .meta({ id: "JsonWebKeySet" });

export const platformOperations: readonly ApiOperation[] = [
  {
    method: "GET",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApiDocument",
    tag: "Platform",
    summary: "This API's OpenAPI 3.1 document",
    auth: "none",
    response: { status: 200, description: "The document.", schema: openApiDocumentView },
    errors: [],
  },
  {
    method: "GET",
    path: "/api/health",
    operationId: "getHealth",
    tag: "Platform",
    summary: "Readiness: the database is reachable and migrated",
    auth: "none",
    response: { status: 200, description: "Ready (503 with `status: unavailable` while not).", schema: healthView, alsoStatuses: [503], example: { status: "ok" } },
    errors: [],
  },
  {
    method: "GET",
    path: "/api/ready",
    operationId: "getReadiness",
    tag: "Platform",
    summary: "Readiness for a load balancer: not draining, and the database answers now",
    auth: "none",
    response: { status: 200, description: "Ready (503 with `status: draining` after SIGTERM, or `unavailable` when the database does not answer).",
      schema: readinessView,
      alsoStatuses: [503],
      example: { status: "ready" },
    },
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
      schema: jwksView,
      example: { keys: [{ kty: "EC", crv: "P-256", kid: "sig_2026-01", alg: "ES256", use: "sig", x: "…", y: "…" }] },
    },
    errors: [],
  },
];
