import { AppError } from "@jeton/core";

/**
 * A back-office form's own fields, without the wrapper's `csrf` and `back`,
 * as an object for the route's zod schema (schema.ts): each field once (the
 * last value wins, as a browser sends a field once). The metadata editor's
 * rows (`metadataKey` / `metadataValue`, in order) become `metadata: { key:
 * value }`, the shape the API takes, so the same zod atom (metadataInput)
 * checks both and names a bad entry `metadata[key]`; rows left empty are
 * dropped, and no row at all means no metadata.
 */
export function formObject(fields: URLSearchParams): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    if (name !== "csrf" && name !== "back" && name !== "metadataKey" && name !== "metadataValue") form[name] = value;
  }
  const keys = fields.getAll("metadataKey");
  const values = fields.getAll("metadataValue");
  const metadata: Record<string, string> = {};
  for (let row = 0; row < Math.max(keys.length, values.length); row++) {
    const key = (keys[row] ?? "").trim();
    const value = values[row] ?? "";
    if (key === "" && value === "") continue;
    // A key given twice would silently lose a value: say so instead.
    if (Object.hasOwn(metadata, key)) throw new AppError("parameter_invalid", `The metadata key ${key.slice(0, 40)} is given twice.`, { param: `metadata[${key.slice(0, 40)}]` });
    metadata[key] = value;
  }
  if (Object.keys(metadata).length > 0) form.metadata = metadata;
  return form;
}
