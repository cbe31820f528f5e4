import { fieldForParam, type ExpiryLayout } from "./field-for-param";
import { JetonError } from "./jeton-error";
import { readErrorResponse } from "./read-error-response";

/**
 * Turns a non-2xx answer into a JetonError. Proxies and load balancers may
 * answer with HTML or nothing, so the status alone must still give a usable code.
 */
export async function errorFromResponse(response: Response, layout: ExpiryLayout): Promise<JetonError> {
  const { code, param, status } = await readErrorResponse(response);
  return new JetonError(code, { field: fieldForParam(param, layout), status });
}

