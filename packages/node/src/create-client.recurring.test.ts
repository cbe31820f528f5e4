import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";
const apiBase = "http://jeton.test/";

type Fetch = typeof globalThis.fetch;
type Call = [string, RequestInit];
const calls = (mock: { mock: { calls: unknown[] } }) => mock.mock.calls as Call[];
const answering = (body: unknown, status = 200) => vi.fn<Fetch>(async () => Response.json(body, { status }));

describe("subscriptions, instalment plans and test clocks", () => {
  it("call their routes, with encoded ids, bodies and Idempotency-Keys", async () => {
    const fetch = answering({ id: "sub_1", object: "subscription" });
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await client.subscriptions.create({ customerId: "cus_1", cardId: "card_1", amount: 990, currency: "EUR", interval: "month" }, { idempotencyKey: "plan-42" });
    await client.subscriptions.retrieve("sub_1/../x");
    await client.subscriptions.list({ status: "past_due", limit: 5 });
    await client.subscriptions.update("sub_1", { amount: 1290 });
    await client.subscriptions.cancel("sub_1", { atPeriodEnd: true });
    await client.subscriptions.pause("sub_1");
    await client.subscriptions.resume("sub_1");
    await client.subscriptions.charges("sub_1");
    await client.subscriptions.createCardUpdateLink("sub_1", { returnUrl: "https://shop.example/billing" });
    await client.installmentPlans.retrieve("ipl_1");
    await client.installmentPlans.cancel("ipl_1");
    await client.testClocks.create({ frozenTime: "2027-01-31T10:00:00Z" });
    await client.testClocks.retrieve("clk_1");
    await client.testClocks.advance("clk_1", { to: "2027-03-01T00:00:00Z" });
    const made = calls(fetch);
    expect(made.map(([url, init]) => `${init.method} ${url}`)).toEqual([
      "POST http://jeton.test/api/v1/subscriptions",
      "GET http://jeton.test/api/v1/subscriptions/sub_1%2F..%2Fx",
      "GET http://jeton.test/api/v1/subscriptions?status=past_due&limit=5",
      "POST http://jeton.test/api/v1/subscriptions/sub_1",
      "POST http://jeton.test/api/v1/subscriptions/sub_1/cancel",
      "POST http://jeton.test/api/v1/subscriptions/sub_1/pause",
      "POST http://jeton.test/api/v1/subscriptions/sub_1/resume",
      "GET http://jeton.test/api/v1/subscriptions/sub_1/charges",
      "POST http://jeton.test/api/v1/subscriptions/sub_1/card-update-link",
      "GET http://jeton.test/api/v1/installment-plans/ipl_1",
      "POST http://jeton.test/api/v1/installment-plans/ipl_1/cancel",
      "POST http://jeton.test/api/v1/test-clocks",
      "GET http://jeton.test/api/v1/test-clocks/clk_1",
      "POST http://jeton.test/api/v1/test-clocks/clk_1/advance",
    ]);
    expect((made[0]![1].headers as Record<string, string>)["Idempotency-Key"]).toBe("plan-42");
    expect(JSON.parse(made[4]![1].body as string)).toEqual({ atPeriodEnd: true });
    expect(JSON.parse(made[13]![1].body as string)).toEqual({ to: "2027-03-01T00:00:00Z" });
  });
});

describe("testClocks.advanceAndWait", () => {
  it("advances, then reads the clock until it is ready, and answers the ready clock", async () => {
    const answers = [
      { id: "clk_1", object: "test_clock", status: "advancing", frozenTime: "2027-01-31T10:00:00.000Z", advancingTo: "2027-03-01T00:00:00.000Z" },
      { id: "clk_1", object: "test_clock", status: "advancing", frozenTime: "2027-02-28T10:00:00.000Z", advancingTo: "2027-03-01T00:00:00.000Z" },
      { id: "clk_1", object: "test_clock", status: "ready", frozenTime: "2027-03-01T00:00:00.000Z", advancingTo: null },
    ];
    const fetch = vi.fn<Fetch>(async () => Response.json(answers.shift()));
    const client = createJetonClient({ secretKey, apiBase, fetch });
    const clock = await client.testClocks.advanceAndWait("clk_1", { to: "2027-03-01T00:00:00Z" }, { pollIntervalMs: 1 });
    expect(clock).toMatchObject({ status: "ready", frozenTime: "2027-03-01T00:00:00.000Z" });
    expect(calls(fetch).map(([url, init]) => `${init.method} ${url}`)).toEqual([
      "POST http://jeton.test/api/v1/test-clocks/clk_1/advance",
      "GET http://jeton.test/api/v1/test-clocks/clk_1",
      "GET http://jeton.test/api/v1/test-clocks/clk_1",
    ]);
  });

  it("gives up after the timeout when the clock stays advancing", async () => {
    const fetch = vi.fn<Fetch>(async () => Response.json({ id: "clk_1", object: "test_clock", status: "advancing" }));
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await expect(client.testClocks.advanceAndWait("clk_1", { to: "2027-03-01T00:00:00Z" }, { pollIntervalMs: 1, timeoutMs: 20 })).rejects.toThrow(/still advancing/);
  });
});
