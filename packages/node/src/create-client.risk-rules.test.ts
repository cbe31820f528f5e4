import { describe, expect, it, vi } from "vitest";
import { createJetonClient } from "./create-client";
import { JetonApiError } from "./errors";

const secretKey = "sk_test_abcdefghijklmnopqrstuvwx";
const apiBase = "http://jeton.test/";

type Fetch = typeof globalThis.fetch;
type Call = [string, RequestInit];
const calls = (mock: { mock: { calls: unknown[] } }) => mock.mock.calls as Call[];
const answering = (body: unknown, status = 200) => vi.fn<Fetch>(async () => Response.json(body, { status }));

describe("riskRules", () => {
  it("creates with an Idempotency-Key, and sends the rule as given", async () => {
    const fetch = answering({ object: "risk_rule", id: "rr_1", position: 1 }, 201);
    const client = createJetonClient({ secretKey, apiBase, fetch });
    const rule = await client.riskRules.create(
      { name: "Block prepaid", conditions: [{ type: "card_funding", in: ["prepaid"] }], action: "block" },
      { idempotencyKey: "rule-1" },
    );
    expect(rule.id).toBe("rr_1");
    const [[url, init]] = calls(fetch) as [Call];
    expect(`${init.method} ${url}`).toBe("POST http://jeton.test/api/v1/risk-rules");
    expect(JSON.parse(init.body as string)).toEqual({ name: "Block prepaid", conditions: [{ type: "card_funding", in: ["prepaid"] }], action: "block" });
    expect((init.headers as Record<string, string>)["Idempotency-Key"]).toBe("rule-1");
  });

  it("lists, retrieves, updates, deletes and reorders with encoded ids", async () => {
    const fetch = answering({ object: "list", data: [], hasMore: false, nextCursor: null });
    const client = createJetonClient({ secretKey, apiBase, fetch });
    await client.riskRules.list();
    await client.riskRules.retrieve("rr_1/../x");
    await client.riskRules.update("rr_1", { enabled: false });
    await client.riskRules.del("rr_1");
    await client.riskRules.delete("rr_2");
    await client.riskRules.reorder(["rr_2", "rr_1"]);
    const made = calls(fetch);
    expect(made.map(([url, init]) => `${init.method} ${url}`)).toEqual([
      "GET http://jeton.test/api/v1/risk-rules",
      "GET http://jeton.test/api/v1/risk-rules/rr_1%2F..%2Fx",
      "POST http://jeton.test/api/v1/risk-rules/rr_1",
      "DELETE http://jeton.test/api/v1/risk-rules/rr_1",
      "DELETE http://jeton.test/api/v1/risk-rules/rr_2",
      "POST http://jeton.test/api/v1/risk-rules/reorder",
    ]);
    expect(JSON.parse(made[2]![1].body as string)).toEqual({ enabled: false });
    expect(JSON.parse(made[5]![1].body as string)).toEqual({ ids: ["rr_2", "rr_1"] });
    // Every POST made with a secret key is idempotent: a key is generated when none is given.
    expect((made[5]![1].headers as Record<string, string>)["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(made[3]![1].body).toBeUndefined();
  });

  it("turns a malformed rule's 400 into a typed error naming the field", async () => {
    const fetch = answering(
      { error: { type: "invalid_request_error", code: "parameter_invalid", message: "conditions[0][windowMinutes]: too big", param: "conditions[0][windowMinutes]" } },
      400,
    );
    const client = createJetonClient({ secretKey, apiBase, fetch });
    const error = await client.riskRules
      .create({ name: "x", conditions: [{ type: "velocity", metric: "attempts", per: "card", windowMinutes: 999_999, atLeast: 3 }], action: "block" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonApiError);
    expect(error).toMatchObject({ status: 400, code: "parameter_invalid" });
  });
});
