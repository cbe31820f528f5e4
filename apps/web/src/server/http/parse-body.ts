import { AppError } from "@jeton/core";
import type { z } from "zod";

/** `card.number` → `card[number]`, the way the API names nested parameters. */
function paramName(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ""}${rest.map((part) => `[${part}]`).join("")}`;
}

/** The value at a path of the body (zod 4's issues do not carry their input). */
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** Validates a parsed body with a route's zod schema; the first problem becomes a `parameter_invalid`. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const param = issue ? paramName(issue.path) : undefined;
  let message = issue?.message ?? "Invalid parameters.";
  if (issue?.code === "unrecognized_keys") message = `Unknown parameter: ${issue.keys.join(", ")}`;
  else if (issue?.code === "invalid_type" && valueAt(body, issue.path) === undefined) message = `Missing required parameter: ${param}`;
  else if (param) message = `Invalid ${param}: ${message}`;
  throw new AppError("parameter_invalid", message, param ? { param } : {});
}
