import { randomUUID } from "node:crypto";
import { JetonConnectionError, JetonIdempotencyError, toJetonApiError, type ApiErrorBody } from "./errors";

export interface JetonClientOptions {
  /** The merchant's secret key (sk_test_… or sk_live_…). Server side only. */
  secretKey: string;
  /** The platform's base URL, e.g. https://pay.example.com */
  apiBase: string;
  fetch?: typeof fetch;
}

export interface IdempotentRequestOptions {
  /** Sent as Idempotency-Key; a random one is made when absent. Reuse it to retry the same operation yourself. */
  idempotencyKey?: string;
}

/** A POST that fails to reach Jeton is retried this many times, with the same Idempotency-Key. */
const POST_RETRIES = 2;
const RETRY_BASE_DELAY_MS = 250;

/** `/api/v1/things/` + an id, encoded. */
export const segment = (id: string) => encodeURIComponent(id);

/** `?a=1&b=x,y&metadata[k]=v` from the parameters that are set; arrays are sent comma-separated, objects as `name[key]`. */
export function queryString(params: object): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params) as [string, string | number | readonly string[] | Record<string, string> | undefined][]) {
    if (value === undefined) continue;
    if (Array.isArray(value)) query.set(name, value.join(","));
    else if (typeof value === "object") for (const [key, item] of Object.entries(value)) query.set(`${name}[${key}]`, item);
    else query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The one place requests are made: authentication, JSON, errors, and the retries of POSTs. */
export interface Requester {
  get<T>(path: string): Promise<T>;
  delete<T>(path: string): Promise<T>;
  /** A POST that is safe to retry: see createRequester. */
  post<T>(path: string, body: unknown, options?: IdempotentRequestOptions): Promise<T>;
}

export function createRequester(options: JetonClientOptions): Requester {
  if (!/^sk_(test|live)_/.test(options.secretKey)) throw new Error("createJetonClient needs a secret key (sk_…)");
  const base = options.apiBase.replace(/\/$/, "");
  const doFetch = options.fetch ?? fetch;

  async function request<T>(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${options.secretKey}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...(idempotencyKey === undefined ? {} : { "Idempotency-Key": idempotencyKey }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new JetonConnectionError(`Could not reach Jeton at ${base}: ${(error as Error).message}`);
    }
    const payload = (await response.json().catch(() => undefined)) as { error?: ApiErrorBody } | undefined;
    if (!response.ok) {
      if (!payload?.error) throw new JetonConnectionError(`Unexpected answer from Jeton (HTTP ${response.status})`);
      throw toJetonApiError(response.status, payload.error, response.headers);
    }
    return payload as T;
  }

  return {
    get: (path) => request("GET", path),
    delete: (path) => request("DELETE", path),
    /**
     * The key is chosen once, so if the first try did reach Jeton before the
     * connection broke, the retry replays its answer instead of creating a
     * second object.
     */
    async post<T>(path: string, body: unknown, { idempotencyKey = randomUUID() }: IdempotentRequestOptions = {}): Promise<T> {
      for (let attempt = 0; ; attempt++) {
        try {
          return await request<T>("POST", path, body, idempotencyKey);
        } catch (error) {
          // A key whose first request is still running (a retry after a broken connection met it): wait and ask again.
          const retryable = error instanceof JetonConnectionError || (error instanceof JetonIdempotencyError && error.code === "idempotency_key_in_use");
          if (!retryable || attempt >= POST_RETRIES) throw error;
          await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_DELAY_MS * 2 ** attempt));
        }
      }
    },
  };
}
