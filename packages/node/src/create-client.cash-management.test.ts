import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";
import { JetonApiError } from "./errors";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";

function recordingClient(answer: () => Response) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return answer();
  });
  return { calls, client: createJetonClient({ secretKey, apiBase: "http://jeton.test", fetch: fetch as typeof globalThis.fetch }) };
}

describe("transactions: capture, cancel, refunds", () => {
  it("posts capture, cancel and refund with an Idempotency-Key, the given one when set", async () => {
    const { calls, client } = recordingClient(() => Response.json({ id: "tx_1", object: "transaction" }));
    await client.transactions.capture("tx_1", { amount: 500 }, { idempotencyKey: "cap-1" });
    await client.transactions.cancel("tx_1");
    await client.transactions.refund("tx/../2", { amount: 100, reason: "returned" });
    expect(calls.map((c) => [c.init.method, c.url])).toEqual([
      ["POST", "http://jeton.test/api/v1/transactions/tx_1/capture"],
      ["POST", "http://jeton.test/api/v1/transactions/tx_1/cancel"],
      ["POST", "http://jeton.test/api/v1/transactions/tx%2F..%2F2/refunds"],
    ]);
    const headers = calls.map((c) => c.init.headers as Record<string, string>);
    expect(headers[0]?.["Idempotency-Key"]).toBe("cap-1");
    expect(headers[1]?.["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers[1]?.["Content-Type"]).toBeUndefined(); // cancel has no body
    expect(calls[0]?.init.body).toBe(JSON.stringify({ amount: 500 }));
    expect(calls[2]?.init.body).toBe(JSON.stringify({ amount: 100, reason: "returned" }));
  });

  it("lists refunds with the cursor in the query string", async () => {
    const { calls, client } = recordingClient(() => Response.json({ data: [], hasMore: false }));
    await client.transactions.listRefunds("tx_1");
    await client.transactions.listRefunds("tx_1", { limit: 5, startingAfter: "re_x" });
    expect(calls.map((c) => c.url)).toEqual([
      "http://jeton.test/api/v1/transactions/tx_1/refunds",
      "http://jeton.test/api/v1/transactions/tx_1/refunds?limit=5&startingAfter=re_x",
    ]);
  });

  it("rejects a refused refund with its code", async () => {
    const { client } = recordingClient(() =>
      Response.json({ error: { type: "invalid_request_error", code: "refund_exceeds_remaining", message: "too much", param: "amount" } }, { status: 400 }),
    );
    const error = await client.transactions.refund("tx_1", { amount: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonApiError);
    expect(error).toMatchObject({ status: 400, code: "refund_exceeds_remaining" });
  });
});
