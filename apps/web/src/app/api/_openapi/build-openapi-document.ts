import { errorCatalog, errorView, eventTypes, webhookPayloadView, type ErrorCode } from "@jeton/core";
import { z } from "zod";
import type { ApiOperation } from "./api-operation";
import { operations as allOperations } from "./operations";

type JsonSchema = Record<string, unknown>;

const AUTH_ERRORS: readonly ErrorCode[] = ["authentication_required", "invalid_api_key", "wrong_key_kind"];
const BODY_ERRORS: readonly ErrorCode[] = ["invalid_json", "parameter_invalid", "body_too_large", "unsupported_media_type", "body_unreadable"];
const IDEMPOTENCY_ERRORS: readonly ErrorCode[] = ["parameter_invalid", "idempotency_error", "idempotency_key_in_use"];

/** Every code an operation can answer: its own plus those its authentication, body and Idempotency-Key bring. */
export function operationErrors(operation: ApiOperation): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  if (operation.auth === "secret" || operation.auth === "publishable") AUTH_ERRORS.forEach((code) => codes.add(code));
  if (operation.body) BODY_ERRORS.forEach((code) => codes.add(code));
  if (operation.query) codes.add("parameter_invalid");
  if (operation.idempotent) IDEMPOTENCY_ERRORS.forEach((code) => codes.add(code));
  operation.errors.forEach((code) => codes.add(code));
  codes.add("internal_error");
  return [...codes];
}

/**
 * What a client sends, as JSON Schema 2020-12 (the dialect of OpenAPI 3.1).
 * `io: "input"` describes the schema before its transforms: `limit` travels as
 * a string of digits even though the handler gets a number.
 */
export function requestSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input" }) as JsonSchema;
  return json;
}

/** `/api/v1/things/{id}` → `["id"]`. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

const COMPONENTS = "#/components/schemas/";

/**
 * What the API answers, as JSON Schema 2020-12, with every part named by
 * `.meta({ id })` lifted into `components` and referenced as
 * `#/components/schemas/<id>` (a named root becomes a bare `$ref`).
 * Two different schemas under one name are a mistake, refused here.
 */
export function responseSchema(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const json = JSON.stringify(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" })).replaceAll('"#/$defs/', `"${COMPONENTS}`);
  const { $schema: _dialect, $defs = {}, ...root } = JSON.parse(json) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  for (const [id, definition] of Object.entries($defs)) {
    if (components[id] && JSON.stringify(components[id]) !== JSON.stringify(definition)) {
      throw new Error(`Two different response schemas are named ${id}`);
    }
    components[id] = definition;
  }
  return root;
}

function errorResponses(operation: ApiOperation, components: Record<string, JsonSchema>): Record<string, unknown> {
  const schema = responseSchema(errorView, components);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of operationErrors(operation)) {
    const status = errorCatalog[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: codes.map((code) => `\`${code}\``).join(", "),
      ...(codes.includes("rate_limited") ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
      content: {
        "application/json": {
          schema,
          examples: Object.fromEntries(
            codes.map((code) => [code, { value: { error: { type: errorCatalog[code].type, code, message: "…" } } }]),
          ),
        },
      },
      "x-error-codes": codes,
    };
  }
  return responses;
}

const securitySchemeOf = { secret: "secretKey", publishable: "publishableKey", clientSecret: "clientSecret" } as const;

function buildOperation(operation: ApiOperation, components: Record<string, JsonSchema>): Record<string, unknown> {
  const parameters: unknown[] = pathParameters(operation.path).map((name) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string", maxLength: 255 },
  }));
  if (operation.query) {
    const query = requestSchema(operation.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      // An object in a query string (`metadata[key]=value`) is a deepObject.
      const style = schema.type === "object" ? { style: "deepObject", explode: true } : {};
      parameters.push({ name, in: "query", required: query.required?.includes(name) ?? false, ...style, schema });
    }
  }
  if (operation.idempotent) {
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: "Same key and body within 24 hours replays the first answer (with `Idempotent-Replayed: true`); another body is refused.",
      schema: { type: "string", pattern: "^[\\x21-\\x7e]{1,255}$" },
    });
  }
  const { response } = operation;
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: operation.auth === "none" ? [] : [{ [securitySchemeOf[operation.auth]]: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: requestSchema(operation.body),
                ...(operation.bodyExample ? { example: operation.bodyExample } : {}),
              },
            },
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries(
        [response.status, ...(response.alsoStatuses ?? [])].map((status) => [
          String(status),
          {
            description: response.description,
            ...(operation.idempotent
              ? { headers: { "Idempotent-Replayed": { description: "`true` when this is a replayed answer.", schema: { type: "string", enum: ["true"] } } } }
              : {}),
            content: {
              [response.contentType ?? "application/json"]: {
                schema: responseSchema(response.schema, components),
                ...(response.example === undefined || status !== response.status ? {} : { example: response.example }),
              },
            },
          },
        ]),
      ),
      ...errorResponses(operation, components),
    },
  };
}

const STANDARD_WEBHOOKS_HEADERS = {
  "webhook-id": { description: "The event id: the same on every retry, deduplicate on it.", required: true, schema: { type: "string" } },
  "webhook-timestamp": { description: "Seconds since the epoch when this attempt was signed; refuse old ones (5 minutes).", required: true, schema: { type: "string", pattern: "^[0-9]+$" } },
  "webhook-signature": {
    description: "`v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{body}` with the endpoint's `whsec_` secret (Standard Webhooks); several, space separated, during a secret rotation.",
    required: true,
    schema: { type: "string" },
  },
};

/** The `webhooks` section: what Jeton POSTs to an endpoint, one entry per event type, with the Standard Webhooks headers. */
function buildWebhooks(components: Record<string, JsonSchema>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(eventTypes).map(([type, data]) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replaceAll(".", "_")}`,
          summary: `The \`${type}\` event`,
          tags: ["Webhooks"],
          parameters: Object.entries(STANDARD_WEBHOOKS_HEADERS).map(([name, header]) => ({ name, in: "header", ...header })),
          requestBody: { required: true, content: { "application/json": { schema: responseSchema(webhookPayloadView(type, data), components) } } },
          responses: { "200": { description: "Any 2xx acknowledges the event; anything else, or no answer within 10 seconds, is retried." } },
        },
      },
    ]),
  );
}

/** The OpenAPI 3.1 document of the API, from the operation registry and the zod schemas the handlers validate with. */
export function buildOpenApiDocument({ publicUrl, operations = allOperations }: { publicUrl?: string; operations?: readonly ApiOperation[] } = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const operation of operations) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method.toLowerCase()] = buildOperation(operation, schemas);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Jeton API",
      version: "1",
      description:
        "Card payments you host yourself. Authenticate with `Authorization: Bearer <key>`; amounts are integers in the currency's minor unit; " +
        "every error is `{ error: { type, code, message, param?, declineCode? } }`.",
    },
    ...(publicUrl ? { servers: [{ url: publicUrl.replace(/\/$/, "") }] } : {}),
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    webhooks: buildWebhooks(schemas),
    components: {
      securitySchemes: {
        secretKey: { type: "http", scheme: "bearer", description: "A secret key, `sk_test_…` or `sk_live_…`. Server side only." },
        publishableKey: { type: "http", scheme: "bearer", description: "A publishable key, `pk_test_…` or `pk_live_…`, for the browser." },
        clientSecret: {
          type: "apiKey",
          in: "query",
          name: "client_secret",
          description: "A transaction's client secret (from `POST /api/v1/transactions`), for token.js in the shopper's browser.",
        },
      },
      schemas,
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
