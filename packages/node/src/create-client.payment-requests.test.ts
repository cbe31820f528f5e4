import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";
import type { PaymentRequest } from "./types";
import { JetonApiError, JetonConnectionError } from "./errors";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";
const apiBase = "http://jeton.test";
const params = { amount: 4200, currency: "EUR", returnUrl: "https://shop.example/return", merchantReference: "order-7" };
const paymentRequest = { id: "pr_1", object: "payment_request", status: "open", url: "http://jeton.test/pay/pr_1" } as PaymentRequest;

type Fetch = typeof globalThis.fetch;
type Call = [string, RequestInit];
const headersOf = (call: Call) => call[1].headers as Record<string, string>;
const calls = (mock: { mock: { calls: unknown[] } }) => mock.mock.calls as Call[];
const networkDown = () => Promise.reject(new TypeError("fetch failed"));

describe("paymentRequests", () => {
  it("creates with a JSON body and a random Idempotency-Key, new for each operation", async () => {
    const fetch = vi.fn<Fetch>(async () => Response.json(paymentRequest, { status: 201 }));
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await expect(client.paymentRequests.create(params)).resolves.toEqual(paymentRequest);
    await client.paymentRequests.create(params);
    const [first, second] = calls(fetch);
    expect(first![0]).toBe("http://jeton.test/api/v1/payment-requests");
    expect(first![1].method).toBe("POST");
    expect(JSON.parse(first![1].body as string)).toEqual(params);
    expect(headersOf(first!)).toMatchObject({ Authorization: `Bearer ${secretKey}`, "Content-Type": "application/json" });
    expect(headersOf(first!)["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headersOf(second!)["Idempotency-Key"]).not.toBe(headersOf(first!)["Idempotency-Key"]);
  });

  it("lists with status and metadata filters in the query string (GET, no Idempotency-Key)", async () => {
    const page = { object: "list", data: [paymentRequest], hasMore: false, nextCursor: null };
    const fetch = vi.fn<Fetch>(async () => Response.json(page));
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await expect(client.paymentRequests.list({ status: ["open", "expired"], metadata: { orderId: "1042" }, limit: 10 })).resolves.toEqual(page);
    await client.paymentRequests.list();
    const [filtered, plain] = calls(fetch);
    expect(filtered![0]).toBe("http://jeton.test/api/v1/payment-requests?status=open%2Cexpired&metadata%5BorderId%5D=1042&limit=10");
    expect(filtered![1].method).toBe("GET");
    expect(headersOf(filtered!)["Idempotency-Key"]).toBeUndefined();
    expect(plain![0]).toBe("http://jeton.test/api/v1/payment-requests");
  });

  it("sends the caller's Idempotency-Key when given", async () => {
    const fetch = vi.fn<Fetch>(async () => Response.json(paymentRequest, { status: 201 }));
    await createJetonClient({ secretKey, apiBase, fetch }).paymentRequests.create(params, { idempotencyKey: "order-7-attempt-1" });
    expect(headersOf(calls(fetch)[0]!)["Idempotency-Key"]).toBe("order-7-attempt-1");
  });

  it("retries a POST after a network error with the same Idempotency-Key", async () => {
    const fetch = vi
      .fn<Fetch>()
      .mockImplementationOnce(networkDown)
      .mockImplementationOnce(async () => new Response("<html>Bad gateway</html>", { status: 502 }))
      .mockImplementationOnce(async () => Response.json(paymentRequest, { status: 201 }));
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await expect(client.paymentRequests.create(params)).resolves.toEqual(paymentRequest);
    expect(fetch).toHaveBeenCalledTimes(3);
    const keys = calls(fetch).map((call) => headersOf(call)["Idempotency-Key"]);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBeTruthy();
  });

  it("gives up after two retries with a connection error", async () => {
    const fetch = vi.fn<Fetch>(networkDown);
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await expect(client.paymentRequests.cancel("pr_1", { idempotencyKey: "k" })).rejects.toBeInstanceOf(JetonConnectionError);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(calls(fetch).every((call) => headersOf(call)["Idempotency-Key"] === "k")).toBe(true);
  });

  it("does not retry an API error, and types it", async () => {
    const fetch = vi.fn<Fetch>(async () =>
      Response.json({ error: { type: "invalid_request_error", code: "payment_request_not_open", message: "This payment request is succeeded" } }, { status: 409 }),
    );
    const client = createJetonClient({ secretKey, apiBase, fetch });
    const error = await client.paymentRequests.cancel("pr_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonApiError);
    expect(error).toMatchObject({ status: 409, code: "payment_request_not_open", type: "invalid_request_error" });
    expect(fetch).toHaveBeenCalledTimes(1);
    const validation = vi.fn<Fetch>(async () =>
      Response.json({ error: { type: "invalid_request_error", code: "parameter_invalid", message: "amount", param: "amount" } }, { status: 400 }),
    );
    const bad = await createJetonClient({ secretKey, apiBase, fetch: validation }).paymentRequests.create({ ...params, amount: -1 }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ status: 400, code: "parameter_invalid", param: "amount" });
  });

  it("cancels with a POST without body, and retrieves with a GET without Idempotency-Key (escaping the id)", async () => {
    const fetch = vi.fn<Fetch>(async () => Response.json(paymentRequest));
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await client.paymentRequests.cancel("pr_1");
    const [cancelUrl, cancelInit] = calls(fetch)[0]!;
    expect(cancelUrl).toBe("http://jeton.test/api/v1/payment-requests/pr_1/cancel");
    expect(cancelInit.method).toBe("POST");
    expect(cancelInit.body).toBeUndefined();
    expect(headersOf(calls(fetch)[0]!)["Idempotency-Key"]).toBeTruthy();

    await client.paymentRequests.retrieve("pr_1/../x?y");
    const [getUrl, getInit] = calls(fetch)[1]!;
    expect(getUrl).toBe("http://jeton.test/api/v1/payment-requests/pr_1%2F..%2Fx%3Fy");
    expect(getInit).toEqual({ method: "GET", headers: { Authorization: `Bearer ${secretKey}` }, body: undefined });
  });

  it("does not retry a GET", async () => {
    const fetch = vi.fn<Fetch>(networkDown);
    await expect(createJetonClient({ secretKey, apiBase, fetch }).paymentRequests.retrieve("pr_1")).rejects.toBeInstanceOf(JetonConnectionError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
