import { JetonApiError, JetonConnectionError } from "./errors";

export interface JetonClientOptions {
  /** The merchant's secret key (sk_test_… or sk_live_…). Server side only. */
  secretKey: string;
  /** The platform's base URL, e.g. https://pay.example.com */
  apiBase: string;
  fetch?: typeof fetch;
}

export interface CardToken {
  cardTokenId: string;
  card: { brand: string; last4: string; bin: string; expMonth: number; expYear: number };
  expiresAt: string;
  status: "active" | "used" | "expired";
}

/** A typed client of the Jeton merchant API. */
export function createJetonClient(options: JetonClientOptions) {
  if (!/^sk_(test|live)_/.test(options.secretKey)) throw new Error("createJetonClient needs a secret key (sk_…)");
  const base = options.apiBase.replace(/\/$/, "");
  const doFetch = options.fetch ?? fetch;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${options.secretKey}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new JetonConnectionError(`Could not reach Jeton at ${base}: ${(error as Error).message}`);
    }
    const payload = (await response.json().catch(() => undefined)) as { error?: Record<string, string> } | undefined;
    if (!response.ok) {
      if (!payload?.error) throw new JetonConnectionError(`Unexpected answer from Jeton (HTTP ${response.status})`);
      throw new JetonApiError(response.status, payload.error);
    }
    return payload as T;
  }

  return {
    cardTokens: {
      /** A token's card summary and status; a token of another merchant is a 404 like any unknown id. */
      retrieve: (cardTokenId: string) => request<CardToken>("GET", `/api/v1/card-tokens/${encodeURIComponent(cardTokenId)}`),
    },
  };
}

export type JetonClient = ReturnType<typeof createJetonClient>;
