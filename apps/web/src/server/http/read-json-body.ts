import { AppError } from "@jeton/core";
import { readLimitedBody } from "./read-limited-body";

/** Reads a JSON object body, refusing anything over `maxBytes` without reading it all. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readLimitedBody(request, {
    maxBytes,
    mediaType: /^application\/json\s*(;|$)/i,
    typeMessage: "Send the body as JSON with `Content-Type: application/json`.",
  });
  if (text === null) throw new AppError("invalid_json", "The body is empty; send a JSON object.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("invalid_json", "The body must be a JSON object.");
  }
  return body;
}
