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

export type JetonSignatureErrorCode = "invalid_signature" | "replayed" | "expired" | "wrong_audience" | "malformed";

/**
 * A signed result (`jeton_result`) was refused: do not trust it. `code` says why:
 * - `invalid_signature`: not signed by a published Jeton key (tampered, unknown `kid`, other issuer, other algorithm);
 * - `replayed`: a valid token seen before (its `jti`);
 * - `expired`: past `exp`, or issued more than 10 minutes ago;
 * - `wrong_audience`: issued for another merchant;
 * - `malformed`: no `jeton_result` field, not a JWS, or claims of the wrong shape.
 */
export class JetonSignatureError extends Error {
  override name = "JetonSignatureError";
  readonly code: JetonSignatureErrorCode;

  constructor(code: JetonSignatureErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
