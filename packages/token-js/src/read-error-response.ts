
/** A failure as data: `param` is the card field as the API names it (fieldForParam maps it to an input). */
export interface TokenizeFailure {
  code: string;
  param?: string | undefined;
  status?: number | undefined;
}

interface ErrorBody {
  error?: { type?: string; code?: string; message?: string; param?: string };
}

/** The error an answer carries, as data (the Fields frame sends it on instead of throwing it). */
export async function readErrorResponse(response: Response): Promise<TokenizeFailure> {
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
  return { code, param, status: response.status };
}
