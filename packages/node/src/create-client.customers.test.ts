import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";
import { JetonApiError } from "./errors";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";
const apiBase = "http://jeton.test/";

type Fetch = typeof globalThis.fetch;
type Call = [string, RequestInit];
const calls = (mock: { mock: { calls: unknown[] } }) => mock.mock.calls as Call[];
const answering = (body: unknown, status = 200) => vi.fn<Fetch>(async () => Response.json(body, { status }));

describe("customers", () => {
  it("creates with an Idempotency-Key and saves a card", async () => {
    const fetch = answering({ id: "cus_1", object: "customer", cards: [{ id: "card_1" }] }, 201);
    const client = createJetonClient({ secretKey, apiBase, fetch });
    const customer = await client.customers.create({ email: "ada@example.com", cardTokenId: "ctok_1" }, { idempotencyKey: "user-42" });
    expect(customer.cards[0]!.id).toBe("card_1");
    const [[url, init]] = calls(fetch) as [Call];
    expect(url).toBe("http://jeton.test/api/v1/customers");
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string)).toEqual({ email: "ada@example.com", cardTokenId: "ctok_1" });
    expect((init.headers as Record<string, string>)["Idempotency-Key"]).toBe("user-42");
  });

  it("retrieves, lists and pages with encoded paths and query strings", async () => {
    const fetch = answering({ object: "list", data: [], hasMore: false });
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await client.customers.retrieve("cus_1/../x");
    await client.customers.list({ limit: 5, startingAfter: "cus_9", email: "a+b@example.com" });
    await client.customers.list();
    expect(calls(fetch).map(([url, init]) => `${init.method} ${url}`)).toEqual([
      "GET http://jeton.test/api/v1/customers/cus_1%2F..%2Fx",
      "GET http://jeton.test/api/v1/customers?limit=5&startingAfter=cus_9&email=a%2Bb%40example.com",
      "GET http://jeton.test/api/v1/customers",
    ]);
  });

  it("adds, lists and deletes cards", async () => {
    const fetch = answering({ id: "card_1", object: "card" });
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await client.customers.cards.create("cus_1", { cardTokenId: "ctok_1" });
    await client.customers.cards.list("cus_1");
    await client.customers.cards.delete("cus_1", "card_1");
    const made = calls(fetch);
    expect(made.map(([url, init]) => `${init.method} ${url}`)).toEqual([
      "POST http://jeton.test/api/v1/customers/cus_1/cards",
      "GET http://jeton.test/api/v1/customers/cus_1/cards",
      "DELETE http://jeton.test/api/v1/customers/cus_1/cards/card_1",
    ]);
    expect((made[0]![1].headers as Record<string, string>)["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(made[2]![1].body).toBeUndefined();
  });

  it("turns a deleted card's second delete into a typed 404", async () => {
    const fetch = answering({ error: { type: "invalid_request_error", code: "resource_not_found", message: "No such card: card_1" } }, 404);
    const client = createJetonClient({ secretKey, apiBase, fetch });
    const error = await client.customers.cards.delete("cus_1", "card_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonApiError);
    expect(error).toMatchObject({ status: 404, code: "resource_not_found" });
  });
});

describe("transactions.list", () => {
  it("sends only the filters given, statuses comma-separated", async () => {
    const fetch = answering({ object: "list", data: [], hasMore: false });
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await client.transactions.list({ status: ["captured", "settled"], amountMin: 1000, createdFrom: "2026-11-01", currency: "EUR", last4: undefined });
    await client.transactions.list();
    expect(calls(fetch).map(([url]) => url)).toEqual([
      "http://jeton.test/api/v1/transactions?status=captured%2Csettled&amountMin=1000&createdFrom=2026-11-01&currency=EUR",
      "http://jeton.test/api/v1/transactions",
    ]);
  });
});
