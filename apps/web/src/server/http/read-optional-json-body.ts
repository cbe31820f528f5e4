import { AppError } from "@jeton/core";
import { readJsonBody } from "./read-json-body";
import { readLimitedBody } from "./read-limited-body";

const typeMessage = "Send the body as JSON with `Content-Type: application/json`.";

/**
 * For POSTs whose parameters are all optional (capture, refund): a request
 * without Content-Type and with an empty body means `{}`, as `curl -X POST`
 * sends it; anything else must be a JSON object like every other body.
 */
export async function readOptionalJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (request.headers.get("content-type") !== null) return readJsonBody(request, maxBytes);
  const text = await readLimitedBody(request, { maxBytes, mediaType: /^$/, typeMessage });
  if (text === null || text === "") return {};
  throw new AppError("unsupported_media_type", typeMessage);
}
