import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";
import {
  JetonApiError,
  JetonAuthenticationError,
  JetonCardError,
  JetonConnectionError,
  JetonIdempotencyError,
  JetonInvalidRequestError,
  JetonRateLimitError,
} from "./errors";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";
const apiBase = "http://jeton.test";
type Fetch = typeof globalThis.fetch;

const answering = (status: number, error: Record<string, string>, headers: Record<string, string> = {}) =>
  vi.fn<Fetch>(async () => Response.json({ error }, { status, headers }));

async function failure(fetch: Fetch): Promise<unknown> {
  const client = createJetonClient({ secretKey, apiBase, fetch });
  return client.paymentRequests.create({ amount: 100, currency: "EUR", returnUrl: "https://shop.example/r" }).catch((error: unknown) => error);
}

describe("typed API errors", () => {
  it.each([
    [402, "card_error", "card_declined", JetonCardError],
    [402, "card_error", "invalid_cvc", JetonCardError],
    [409, "idempotency_error", "idempotency_error", JetonIdempotencyError],
    [409, "idempotency_error", "idempotency_key_in_use", JetonIdempotencyError],
    [401, "authentication_error", "invalid_api_key", JetonAuthenticationError],
    [401, "authentication_error", "wrong_key_kind", JetonAuthenticationError],
    [400, "invalid_request_error", "parameter_invalid", JetonInvalidRequestError],
    [404, "invalid_request_error", "resource_not_found", JetonInvalidRequestError],
    [429, "rate_limit_error", "rate_limited", JetonRateLimitError],
    [429, "rate_limit_error", "too_many_attempts", JetonRateLimitError],
    [428, "rate_limit_error", "challenge_required", JetonRateLimitError],
  ])("HTTP %i %s (%s) → its own class, still a JetonApiError", async (status, type, code, kind) => {
    const error = await failure(answering(status, { type, code, message: "m" }));
    expect(error).toBeInstanceOf(kind);
    expect(error).toBeInstanceOf(JetonApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ status, type, code, message: "m", name: kind.name });
    for (const other of [JetonCardError, JetonIdempotencyError, JetonAuthenticationError, JetonInvalidRequestError, JetonRateLimitError]) {
      if (other !== kind) expect(error).not.toBeInstanceOf(other);
    }
  });

  it("exposes the decline code and transaction of a declined card", async () => {
    const error = await failure(
      answering(402, { type: "card_error", code: "card_declined", message: "Declined", declineCode: "insufficient_funds", transactionId: "tx_1" }),
    );
    expect(error).toBeInstanceOf(JetonCardError);
    expect(error).toMatchObject({ declineCode: "insufficient_funds", transactionId: "tx_1" });
    const invalid = await failure(answering(402, { type: "card_error", code: "invalid_number", message: "Bad number", param: "card[number]" }));
    expect(invalid).toMatchObject({ declineCode: undefined, param: "card[number]" });
  });

  it("reads Retry-After on a rate limit, and leaves it undefined when absent or garbled", async () => {
    const limited = await failure(answering(429, { type: "rate_limit_error", code: "rate_limited", message: "Slow down" }, { "Retry-After": "42" }));
    expect((limited as JetonRateLimitError).retryAfter).toBe(42);
    const bare = await failure(answering(429, { type: "rate_limit_error", code: "rate_limited", message: "Slow down" }));
    expect((bare as JetonRateLimitError).retryAfter).toBeUndefined();
    const garbled = await failure(answering(429, { type: "rate_limit_error", code: "rate_limited", message: "Slow down" }, { "Retry-After": "soon" }));
    expect((garbled as JetonRateLimitError).retryAfter).toBeUndefined();
  });

  it("exposes the proof-of-work challenge of challenge_required and the wait of too_many_attempts", async () => {
    const challenge = { algorithm: "SHA-256", challenge: "ab12", maxnumber: 50000, salt: "s?expires=1", signature: "cd34" };
    const required = vi.fn<Fetch>(async () => Response.json({ error: { type: "rate_limit_error", code: "challenge_required", message: "Solve it", challenge } }, { status: 428 }));
    expect(await failure(required)).toMatchObject({ code: "challenge_required", status: 428, challenge });
    const blocked = await failure(answering(429, { type: "rate_limit_error", code: "too_many_attempts", message: "Too many" }, { "Retry-After": "1800" }));
    expect(blocked).toMatchObject({ code: "too_many_attempts", retryAfter: 1800, challenge: undefined });
  });

  it("keeps an envelope of an unknown type (api_error, a future type) as a plain JetonApiError", async () => {
    for (const type of ["api_error", "brand_new_error"]) {
      const error = await failure(answering(500, { type, code: "internal_error", message: "Something went wrong" }));
      expect(error).toBeInstanceOf(JetonApiError);
      expect((error as Error).constructor).toBe(JetonApiError);
    }
  });

  it("does not retry an API error, but a retry after a network error that meets the key's other request surfaces as an idempotency error", async () => {
    const refused = answering(409, { type: "idempotency_error", code: "idempotency_error", message: "Key reused" });
    await failure(refused);
    expect(refused).toHaveBeenCalledTimes(1);
    const fetch = vi
      .fn<Fetch>()
      .mockImplementationOnce(() => Promise.reject(new TypeError("socket hang up")))
      .mockImplementationOnce(async () => Response.json({ error: { type: "idempotency_error", code: "idempotency_error", message: "Key reused" } }, { status: 409 }));
    const error = await failure(fetch);
    expect(error).toBeInstanceOf(JetonIdempotencyError);
    expect(fetch).toHaveBeenCalledTimes(2);
    const keys = (fetch.mock.calls as [string, RequestInit][]).map(([, init]) => (init.headers as Record<string, string>)["Idempotency-Key"]);
    expect(keys[0]).toBe(keys[1]);
  });

  it("retries a POST whose key's first request is still running (409 idempotency_key_in_use), with the same key", async () => {
    const inUse = { type: "idempotency_error", code: "idempotency_key_in_use", message: "Still running" };
    const fetch = vi
      .fn<Fetch>()
      .mockImplementationOnce(async () => Response.json({ error: inUse }, { status: 409 }))
      .mockImplementationOnce(async () => Response.json({ id: "pr_1" }, { status: 201, headers: { "Idempotent-Replayed": "true" } }));
    await expect(failure(fetch)).resolves.toMatchObject({ id: "pr_1" });
    const keys = (fetch.mock.calls as [string, RequestInit][]).map(([, init]) => (init.headers as Record<string, string>)["Idempotency-Key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    const busy = answering(409, inUse);
    expect(await failure(busy)).toMatchObject({ code: "idempotency_key_in_use" });
    expect(busy).toHaveBeenCalledTimes(3);
  });

  it("does not retry a GET after a network error", async () => {
    const fetch = vi.fn<Fetch>(() => Promise.reject(new TypeError("fetch failed")));
    const error = await createJetonClient({ secretKey, apiBase, fetch }).paymentRequests.retrieve("pr_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonConnectionError);
    expect(error).not.toBeInstanceOf(JetonApiError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
