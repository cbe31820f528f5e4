import { fieldForParam, type ExpiryLayout } from "./field-for-param";
import { JetonError } from "./jeton-error";

interface ErrorBody {
  error?: { type?: string; code?: string; message?: string; param?: string };
}

/**
 * Turns a non-2xx answer into a JetonError. Proxies and load balancers may
 * answer with HTML or nothing, so the status alone must still give a usable code.
 */
export async function errorFromResponse(response: Response, layout: ExpiryLayout): Promise<JetonError> {
  let body: ErrorBody | undefined;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = undefined;
  }
  const error = body && typeof body === "object" ? body.error : undefined;
  const code =
    (error && typeof error.code === "string" && error.code) || (response.status === 429 ? "rate_limited" : "internal_error");
  const param = error && typeof error.param === "string" ? error.param : undefined;
  return new JetonError(code, { field: fieldForParam(param, layout), status: response.status });
}
