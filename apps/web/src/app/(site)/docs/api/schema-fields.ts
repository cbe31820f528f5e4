type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  description?: string;
};

export interface SchemaField {
  /** `card[number]` for nested fields: the name `param` uses in errors. */
  name: string;
  type: string;
  required: boolean;
  rules: string[];
  description?: string;
}

function typeName(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.anyOf) return schema.anyOf.map(typeName).join(" or ");
  if (schema.type === "array") return `array of ${schema.items ? typeName(schema.items) : "values"}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  return schema.format ? `${type} (${schema.format})` : type;
}

function rules(schema: JsonSchema): string[] {
  const found: string[] = [];
  if (schema.minLength !== undefined && schema.maxLength !== undefined) found.push(`${schema.minLength}–${schema.maxLength} characters`);
  else if (schema.maxLength !== undefined) found.push(`at most ${schema.maxLength} characters`);
  else if (schema.minLength !== undefined) found.push(`at least ${schema.minLength} characters`);
  // Integers capped at Number.MAX_SAFE_INTEGER only say "fits in JSON": not worth a line.
  if (schema.minimum !== undefined) found.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) found.push(`> ${schema.exclusiveMinimum}`);
  if (schema.exclusiveMaximum !== undefined) found.push(`< ${schema.exclusiveMaximum}`);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) found.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) found.push(`at least ${schema.minItems} items`);
  if (schema.maxItems !== undefined) found.push(`at most ${schema.maxItems} items`);
  // A format already says what its (long, generated) pattern checks.
  if (schema.pattern && !schema.format) found.push(`matches ${schema.pattern}`);
  for (const alternative of schema.anyOf ?? []) found.push(...rules(alternative).map((rule) => `${typeName(alternative)}: ${rule}`));
  return found;
}

/** The rows of a parameters table for a JSON Schema object, nested objects flattened as `parent[child]`. */
export function schemaFields(schema: JsonSchema, prefix = ""): SchemaField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
    const name = prefix ? `${prefix}[${key}]` : key;
    const field: SchemaField = { name, type: typeName(property), required: required.has(key), rules: rules(property) };
    if (property.description) field.description = property.description;
    return property.type === "object" && property.properties ? [{ ...field, type: "object" }, ...schemaFields(property, name)] : [field];
  });
}
