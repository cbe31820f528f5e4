import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validate } from "@readme/openapi-parser";
import { errorCatalog } from "@jeton/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument, operationErrors, requestSchema, responseSchema } from "./build-openapi-document";
import { documentValidator } from "./document-validator";
import { operations, type ApiOperation } from "./operations";

const appDir = fileURLToPath(new URL("../../", import.meta.url));
/** `/api/v1/things/{id}` → `<app>/api/v1/things/[id]`: where the operation's route.ts lives. */
const routeFolder = (operation: ApiOperation) => path.join(appDir, operation.path.replace(/\{(\w+)\}/g, "[$1]"));

/** Every route.ts of the HTTP API, with the methods it exports. */
function apiRoutes(): { folder: string; methods: string[] }[] {
  const roots = [path.join(appDir, "api"), path.join(appDir, ".well-known")];
  return roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "route.ts")
      .map((file) => {
        const source = readFileSync(path.join(root, file), "utf8");
        const methods = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
        return { folder: path.dirname(path.join(root, file)), methods };
      }),
  );
}

// Validating the whole document is CPU-bound: slow on a busy 2-core machine.
describe("the OpenAPI document", { timeout: 30_000 }, () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = buildOpenApiDocument({ publicUrl: "https://pay.example/" });
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://pay.example" }]);
    // The validator dereferences in place: give it a copy.
    const result = await validate(structuredClone(document) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // …and the validator does refuse a broken one.
    const broken = structuredClone(document) as unknown as { paths: Record<string, Record<string, Record<string, unknown>>> };
    broken.paths["/api/v1/payment-requests"]!.post!.responses = "none";
    expect((await validate(broken as never)).valid).toBe(false);
    // Two full validations of a document that grows with every resource: seconds on a shared 2-core machine.
  }, 30_000);

  it("has an operation for every method every route.ts exports, and no operation without its route", () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const documented = new Set(operations.map((operation) => `${operation.method} ${routeFolder(operation)}`));
    const missing = routes.flatMap(({ folder, methods }) => methods.map((method) => `${method} ${folder}`)).filter((route) => !documented.has(route));
    expect(missing, "add these to app/api/v1/<resource>/operations.ts").toEqual([]);
    const exported = new Set(routes.flatMap(({ folder, methods }) => methods.map((method) => `${method} ${folder}`)));
    expect([...documented].filter((route) => !exported.has(route)), "operations without a route").toEqual([]);
  });

  it("keeps each resource's operations in the operations.ts beside its routes", async () => {
    const v1 = path.join(appDir, "api", "v1");
    const inResourceFiles: ApiOperation[] = [];
    for (const resource of readdirSync(v1, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const file = path.join(v1, resource.name, "operations.ts");
      const module: Record<string, unknown> = await import(/* @vite-ignore */ file).catch(() => ({}));
      for (const list of Object.values(module).filter(Array.isArray) as ApiOperation[][]) {
        for (const operation of list) {
          expect(operation.path.startsWith(`/api/v1/${resource.name}`), `${operation.operationId} in ${resource.name}/operations.ts`).toBe(true);
          inResourceFiles.push(operation);
        }
      }
    }
    const v1Operations = operations.filter((operation) => /^\/api\/v1\/[^/]+\/?/.test(operation.path) && operation.path !== "/api/v1/openapi.json");
    expect(new Set(inResourceFiles)).toEqual(new Set(v1Operations));
  });

  it("lifts named response schemas into components and refers to them", () => {
    const card = z.object({ brand: z.string() }).meta({ id: "TestCard" });
    const item = z.object({ object: z.literal("test_item"), card: card.nullable() }).meta({ id: "TestItem" });
    const components: Record<string, Record<string, unknown>> = {};
    expect(responseSchema(item, components)).toEqual({ $ref: "#/components/schemas/TestItem" });
    expect(responseSchema(z.object({ data: z.array(item) }), components)).toMatchObject({
      properties: { data: { items: { $ref: "#/components/schemas/TestItem" } } },
      additionalProperties: false,
    });
    expect(components.TestItem).toMatchObject({
      properties: { card: { anyOf: [{ $ref: "#/components/schemas/TestCard" }, { type: "null" }] } },
      additionalProperties: false,
    });
    expect(Object.keys(components).sort()).toEqual(["TestCard", "TestItem"]);
    expect(() => responseSchema(z.object({ other: z.string() }).meta({ id: "TestCard" }), components)).toThrow(/TestCard/);
  });

  it("documents with the very schemas each handler validates with", async () => {
    const folders = new Set(operations.map(routeFolder));
    for (const folder of folders) {
      const handler = readdirSync(folder)
        .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "schema.ts")
        .map((file) => readFileSync(path.join(folder, file), "utf8"))
        .join("\n");
      const imported = /import\s*\{([^}]*)\}\s*from\s*"\.\/schema"/.exec(handler)?.[1] ?? "";
      const names = imported
        .split(",")
        .map((name) => name.trim())
        .filter((name) => name && !name.startsWith("type "));
      const module: Record<string, unknown> = names.length > 0 ? await import(/* @vite-ignore */ path.join(folder, "schema.ts")) : {};
      const used = new Set(names.map((name) => module[name]).filter((value) => value && typeof value === "object" && "safeParse" in value));
      const documented = new Set(
        operations.filter((operation) => routeFolder(operation) === folder).flatMap((operation) => [operation.body, operation.query].filter(Boolean)),
      );
      expect(documented, `schemas of ${path.relative(appDir, folder)}`).toEqual(used);
    }
  });

  it("gives each body operation an example its schema accepts", () => {
    for (const operation of operations.filter((op) => op.body)) {
      expect(operation.bodyExample, operation.operationId).toBeDefined();
      const result = (operation.body as z.ZodType).safeParse(operation.bodyExample);
      expect(result.error?.issues ?? [], operation.operationId).toEqual([]);
    }
  });

  it("gives every response a schema, and every example in the document validates against its schema", () => {
    const document = buildOpenApiDocument();
    const validator = documentValidator(document);
    let examples = 0;
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods as Record<string, { responses: Record<string, { content: Record<string, { schema?: object; example?: unknown; examples?: Record<string, { value: unknown }> }> }> }>)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          for (const [contentType, content] of Object.entries(response.content)) {
            expect(content.schema, `${method} ${path} ${status} has a schema`).toBeDefined();
            expect(JSON.stringify(content.schema), `${method} ${path} ${status}`).not.toBe("{}");
            const values = [...(content.example === undefined ? [] : [content.example]), ...Object.values(content.examples ?? {}).map((example) => example.value)];
            for (const value of values) {
              examples += 1;
              expect(validator.response(method, path, Number(status), value, contentType), `${method} ${path} ${status} example`).toEqual([]);
            }
          }
        }
      }
    }
    expect(examples).toBeGreaterThan(100);
    // …and the validator does refuse a wrong one: a field the view does not have, a missing one, a wrong type.
    const transaction = operations.find((operation) => operation.operationId === "cancelTransaction")!.response.example as Record<string, unknown>;
    expect(validator.component("Transaction", transaction)).toEqual([]);
    expect(validator.component("Transaction", { ...transaction, surprise: 1 })).not.toEqual([]);
    const { amount: _amount, ...withoutAmount } = transaction;
    expect(validator.component("Transaction", withoutAmount)).not.toEqual([]);
    expect(validator.component("Transaction", { ...transaction, amount: "25.00" })).not.toEqual([]);
  });

  it("describes every event type in the webhooks section, with its payload and the Standard Webhooks headers", () => {
    const document = buildOpenApiDocument();
    const validator = documentValidator(document);
    expect(Object.keys(document.webhooks)).toEqual(expect.arrayContaining(["transaction.captured", "refund.created", "payment_request.succeeded", "customer.card.saved", "webhook.test"]));
    for (const [type, entry] of Object.entries(document.webhooks as Record<string, { post: { parameters: { name: string; in: string }[] } }>)) {
      expect(entry.post.parameters.map((parameter) => `${parameter.in}:${parameter.name}`), type).toEqual(["header:webhook-id", "header:webhook-timestamp", "header:webhook-signature"]);
    }
    const refund = operations.find((operation) => operation.operationId === "listRefunds")!.response.example as { data: unknown[] };
    const payload = { id: "evt_3kVb8YqJ2mN5pQ7rS9tU1w", type: "refund.created", createdAt: "2026-01-03T09:00:00.000Z", data: refund.data[0] };
    expect(validator.webhook("refund.created", payload)).toEqual([]);
    expect(validator.webhook("refund.created", { ...payload, type: "refund.updated" })).not.toEqual([]);
    expect(validator.webhook("transaction.captured", payload)).not.toEqual([]);
  });

  it("names the views' schemas in components", () => {
    const names = Object.keys(buildOpenApiDocument().components.schemas);
    for (const name of ["Transaction", "TransactionDetail", "Refund", "PaymentRequest", "Customer", "Card", "CardToken", "WebhookEndpoint", "WebhookDelivery", "WebhookAttempt", "Event", "Error", "TransactionList", "EventList"]) {
      expect(names, name).toContain(name);
    }
  });

  it("lists each operation's error codes under the status the catalog gives them", () => {
    const document = buildOpenApiDocument();
    for (const operation of operations) {
      const responses = (document.paths[operation.path] as Record<string, { responses: Record<string, { "x-error-codes"?: string[] }> }>)[
        operation.method.toLowerCase()
      ]!.responses;
      for (const code of operationErrors(operation)) {
        expect(responses[String(errorCatalog[code].status)]?.["x-error-codes"], `${operation.operationId} ${code}`).toContain(code);
      }
    }
    const create = document.paths["/api/v1/payment-requests"]!.post as { responses: Record<string, { "x-error-codes"?: string[] }> };
    expect(create.responses["409"]!["x-error-codes"]).toEqual(["idempotency_error", "idempotency_key_in_use", "live_mode_unavailable"]);
    expect(create.responses["400"]!["x-error-codes"]).toContain("return_url_not_allowed");
  });

  it("describes the request as sent: query strings stay strings, unknown body fields are refused", () => {
    const document = buildOpenApiDocument();
    const list = document.paths["/api/v1/events"]!.get as { parameters: { name: string; in: string; schema: { type: string } }[] };
    expect(list.parameters.find((parameter) => parameter.name === "limit")).toMatchObject({ in: "query", schema: { type: "string" } });
    const created = operations.find((operation) => operation.operationId === "createPaymentRequest")!;
    expect(requestSchema(created.body!)).toMatchObject({
      additionalProperties: false,
      required: expect.arrayContaining(["amount", "currency", "returnUrl"]),
      properties: { amount: { type: "integer", minimum: 0 } },
    });
  });
});
