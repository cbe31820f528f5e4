/**
 * The API's surface, as a compatibility snapshot compares it: the operations,
 * the fields of each request (and which are required), the fields of each
 * response schema, the event types. Within /api/v1 only additive changes are
 * allowed (docs/api.md, "Compatibility policy"): compareSurfaces lists what
 * would break a client.
 */
type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; anyOf?: JsonSchema[]; $ref?: string };

export interface ApiSurface {
  operations: Record<string, { request: Record<string, "required" | "optional">; query: Record<string, "required" | "optional">; responses: Record<string, string[]> }>;
  schemas: Record<string, string[]>;
  webhooks: string[];
}

/** `a`, `a.b`, `a[].c`: every field path a schema describes, down to `$ref`s (listed by name). */
function fields(schema: JsonSchema | undefined, prefix = ""): string[] {
  if (!schema) return [];
  if (schema.$ref) return [`${prefix || "."}→${schema.$ref.split("/").pop()}`];
  const out: string[] = [];
  for (const option of schema.anyOf ?? []) out.push(...fields(option, prefix));
  if (schema.items) out.push(...fields(schema.items, `${prefix}[]`));
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.push(path, ...fields(property, path));
  }
  return [...new Set(out)].sort();
}

/** Top-level request fields with whether they are required. */
function requestFields(schema: JsonSchema | undefined): Record<string, "required" | "optional"> {
  return Object.fromEntries(Object.keys(schema?.properties ?? {}).sort().map((name) => [name, schema?.required?.includes(name) ? "required" : "optional"]));
}

interface DocumentLike {
  paths: Record<string, unknown>;
  components: { schemas: Record<string, unknown> };
  webhooks: Record<string, unknown>;
}

export function apiSurface(document: DocumentLike): ApiSurface {
  const operations: ApiSurface["operations"] = {};
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods as Record<string, unknown>)) {
      const operation = raw as {
        parameters?: { name: string; in: string; required?: boolean }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
        responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
      };
      const query = Object.fromEntries(
        (operation.parameters ?? []).filter((parameter) => parameter.in === "query").map((parameter) => [parameter.name, parameter.required ? "required" : "optional"] as const),
      );
      const responses = Object.fromEntries(
        Object.entries(operation.responses).map(([status, response]) => [status, fields(Object.values(response.content ?? {})[0]?.schema)]),
      );
      operations[`${method.toUpperCase()} ${path}`] = { request: requestFields(operation.requestBody?.content["application/json"]?.schema), query, responses };
    }
  }
  const schemas = Object.fromEntries(Object.entries(document.components.schemas).sort(([a], [b]) => a.localeCompare(b)).map(([name, schema]) => [name, fields(schema as JsonSchema)]));
  return { operations, schemas, webhooks: Object.keys(document.webhooks).sort() };
}

/** What `next` breaks for a client of `committed`: removed operations, fields, statuses, event types; newly required request fields. */
export function breakingChanges(committed: ApiSurface, next: ApiSurface): string[] {
  const problems: string[] = [];
  for (const [key, before] of Object.entries(committed.operations)) {
    const after = next.operations[key];
    if (!after) {
      problems.push(`operation removed: ${key}`);
      continue;
    }
    for (const [kind, fieldsBefore, fieldsAfter] of [["body", before.request, after.request], ["query", before.query, after.query]] as const) {
      for (const [name, requirement] of Object.entries(fieldsAfter)) {
        if (requirement === "required" && fieldsBefore[name] !== "required") problems.push(`${key}: ${kind} field ${name} is newly required`);
      }
      for (const name of Object.keys(fieldsBefore)) if (!(name in fieldsAfter)) problems.push(`${key}: ${kind} field ${name} removed`);
    }
    for (const [status, list] of Object.entries(before.responses)) {
      const now = after.responses[status];
      if (!now) problems.push(`${key}: response ${status} removed`);
      else for (const field of list) if (!now.includes(field)) problems.push(`${key}: response ${status} field ${field} removed`);
    }
  }
  for (const [name, list] of Object.entries(committed.schemas)) {
    const now = next.schemas[name];
    if (!now) problems.push(`schema removed: ${name}`);
    else for (const field of list) if (!now.includes(field)) problems.push(`${name}.${field} removed`);
  }
  for (const type of committed.webhooks) if (!next.webhooks.includes(type)) problems.push(`event type removed: ${type}`);
  return problems;
}
