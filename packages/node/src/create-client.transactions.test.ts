import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";
import type { Transaction } from "./types";
import { JetonCardError } from "./errors";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";
const apiBase = "http://jeton.test";
const params = { amount: 4200, currency: "EUR", cardTokenId: "ctok_AAAAAAAAAAAAAAAAAAAAAA", merchantReference: "order-7" };

type Fetch = typeof globalThis.fetch;
type Call = [string, RequestInit];
const calls = (mock: { mock: { calls: unknown[] } }) => mock.mock.calls as Call[];

describe("transactions", () => {
  it("creates from a card token with the caller's Idempotency-Key, and hands back the client secret of a challenge", async () => {
    const pending = { id: "tx_1", object: "transaction", status: "requires_action", clientSecret: "tx_1_secret_x", nextAction: { type: "three_ds_challenge" } };
    const fetch = vi.fn<Fetch>(async () => Response.json(pending, { status: 201 }));
    const created = await createJetonClient({ secretKey, apiBase, fetch }).transactions.create(params, { idempotencyKey: "order-7" });
    expect(created.clientSecret).toBe("tx_1_secret_x");
    const [url, init] = calls(fetch)[0]!;
    expect(url).toBe("http://jeton.test/api/v1/transactions");
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string)).toEqual(params);
    expect((init.headers as Record<string, string>)["Idempotency-Key"]).toBe("order-7");
  });

  it("rejects a decline with a JetonCardError naming the recorded transaction", async () => {
    const fetch = vi.fn<Fetch>(async () =>
      Response.json(
        { error: { type: "card_error", code: "card_declined", message: "refused", declineCode: "insufficient_funds", transactionId: "tx_9" } },
        { status: 402 },
      ),
    );
    const error = await createJetonClient({ secretKey, apiBase, fetch }).transactions.create(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonCardError);
    expect(error).toMatchObject({ status: 402, code: "card_declined", declineCode: "insufficient_funds", transactionId: "tx_9" });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("lists with metadata filters as metadata[key]=value and statuses comma-separated", async () => {
    const fetch = vi.fn<Fetch>(async () => Response.json({ object: "list", data: [], hasMore: false, nextCursor: null }));
    await createJetonClient({ secretKey, apiBase, fetch }).transactions.list({ status: ["captured", "settled"], metadata: { orderId: "1042" }, limit: 5 });
    expect(calls(fetch)[0]![0]).toBe("http://jeton.test/api/v1/transactions?status=captured%2Csettled&metadata%5BorderId%5D=1042&limit=5");
  });

  it("retrieves one by id, escaped", async () => {
    const fetch = vi.fn<Fetch>(async () => Response.json({ id: "tx_1", status: "captured" } as Transaction));
    await createJetonClient({ secretKey, apiBase, fetch }).transactions.retrieve("tx_1/../x");
    expect(calls(fetch)[0]![0]).toBe("http://jeton.test/api/v1/transactions/tx_1%2F..%2Fx");
    expect(calls(fetch)[0]![1].method).toBe("GET");
  });
});
