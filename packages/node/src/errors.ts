/** An error answered by the Jeton API, with its envelope fields. */
export class JetonApiError extends Error {
  override name = "JetonApiError";
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly param: string | undefined;

  constructor(status: number, body: { type?: string; code?: string; message?: string; param?: string }) {
    super(body.message ?? `Jeton API error (HTTP ${status})`);
    this.status = status;
    this.type = body.type ?? "api_error";
    this.code = body.code ?? "internal_error";
    this.param = body.param;
  }
}

/** The API could not be reached or answered something that is not the envelope. */
export class JetonConnectionError extends Error {
  override name = "JetonConnectionError";
}
