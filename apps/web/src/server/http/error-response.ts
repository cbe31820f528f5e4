import { randomUUID } from "node:crypto";
import { AppError, isAppError } from "@jeton/core";
import type { Logger } from "pino";

/**
 * Turns anything thrown into the error envelope. Only AppErrors speak to the
 * client; everything else becomes a scrubbed 500 with a reference that finds
 * the full error in the log.
 */
export function errorResponse(error: unknown, logger: Pick<Logger, "error">, headers: HeadersInit = {}): Response {
  let appError: AppError;
  if (isAppError(error)) {
    appError = error;
  } else {
    const reference = randomUUID();
    logger.error({ err: error, reference }, "unhandled error");
    appError = new AppError("internal_error", `Something went wrong on our side. Reference: ${reference}`);
  }
  const response = Response.json({ error: appError.toBody() }, { status: appError.status, headers });
  for (const [name, value] of Object.entries(appError.headers)) response.headers.set(name, value);
  return response;
}
