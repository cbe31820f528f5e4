import type { CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errorResponse } from "@/server/http/error-response";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleDeleteRiskRule, handleGetRiskRule, handleUpdateRiskRule } from "./[id]/handler";
import { handleCreateRiskRule, handleListRiskRules } from "./handler";
import { handleReorderRiskRules } from "./reorder/handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;

const respond = (pending: Promise<Response>) => pending.catch((error: unknown) => errorResponse(error, ctx.logger));
const headers = (key: string) => ({ authorization: `Bearer ${key}`, "content-type": "application/json" });
const url = (path = "") => `http://localhost/api/v1/risk-rules${path}`;

const create = (body: unknown, key = shopA.keys.test.secretKey) =>
  respond(handleCreateRiskRule(new Request(url(), { method: "POST", headers: headers(key), body: typeof body === "string" ? body : JSON.stringify(body) }), ctx));
const update = (id: string, body: unknown, key = shopA.keys.test.secretKey) =>
  respond(handleUpdateRiskRule(new Request(url(`/${id}`), { method: "POST", headers: headers(key), body: JSON.stringify(body) }), ctx, { id }));
const getOne = (id: string, key = shopA.keys.test.secretKey) => respond(handleGetRiskRule(new Request(url(`/${id}`), { headers: headers(key) }), ctx, { id }));
const remove = (id: string, key = shopA.keys.test.secretKey) =>
  respond(handleDeleteRiskRule(new Request(url(`/${id}`), { method: "DELETE", headers: headers(key) }), ctx, { id }));
const list = (key = shopA.keys.test.secretKey) => respond(handleListRiskRules(new Request(url(), { headers: headers(key) }), ctx));
const reorder = (ids: unknown, key = shopA.keys.test.secretKey) =>
  respond(handleReorderRiskRules(new Request(url("/reorder"), { method: "POST", headers: headers(key), body: JSON.stringify({ ids }) }), ctx));

async function expectError(pending: Promise<Response>, status: number, code: string, param?: string) {
  const response = await pending;
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.error.code).toBe(code);
  if (param !== undefined) expect(body.error.param).toBe(param);
}
const ruleCount = async () => (await ctx.db.select().from(schema.riskRules)).length;

const prepaid = { name: "Prepaid over 200 EUR", conditions: [{ type: "card_funding", in: ["prepaid"] }, { type: "amount", scope: "transaction", currency: "EUR", over: 20000 }], action: "review", score: 20 };
const velocity = { name: "Card testing", conditions: [{ type: "velocity", metric: "distinct_cards", per: "ip", windowMinutes: 60, atLeast: 5 }], action: "block" };

beforeAll(async () => {
  ctx = await createTestContext({}, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.riskRules);
});

describe("/api/v1/risk-rules", () => {
  it("creates, lists in order, reads, updates (disable), reorders and deletes, each change audited", async () => {
    const first = await create(prepaid);
    expect(first.status).toBe(201);
    const a = await first.json();
    expect(a).toMatchObject({ object: "risk_rule", position: 1, enabled: true, action: "review", score: 20, conditions: prepaid.conditions, mode: "test" });
    const b = await (await create(velocity)).json();
    expect(b.position).toBe(2);
    expect((await (await list()).json()).data.map((r: { id: string }) => r.id)).toEqual([a.id, b.id]);
    expect(await (await getOne(b.id)).json()).toMatchObject({ id: b.id, name: "Card testing" });

    const disabled = await update(a.id, { enabled: false });
    expect(await disabled.json()).toMatchObject({ enabled: false, action: "review", name: prepaid.name });
    expect(await (await update(a.id, { action: null })).json()).toMatchObject({ action: null, score: 20 });

    const reordered = await (await reorder([b.id, a.id])).json();
    expect(reordered.data.map((r: { id: string; position: number }) => [r.id, r.position])).toEqual([[b.id, 1], [a.id, 2]]);
    expect(await (await remove(b.id)).json()).toEqual({ object: "risk_rule", id: b.id, deleted: true });
    expect((await (await list()).json()).data.map((r: { position: number }) => r.position)).toEqual([1]);

    const audit = await ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.merchantId, shopA.merchantId));
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(["risk_rule.create", "risk_rule.update", "risk_rule.reorder", "risk_rule.delete"]));
  });

  it.each([
    ["an unknown action", { ...prepaid, action: "approve" }, "action"],
    ["no conditions", { ...prepaid, conditions: [] }, "conditions"],
    ["an unknown condition type", { ...prepaid, conditions: [{ type: "eval", code: "process.exit()" }] }, "conditions[0][type]"],
    ["a zero window", { ...velocity, conditions: [{ ...velocity.conditions[0], windowMinutes: 0 }] }, "conditions[0][windowMinutes]"],
    ["a window over 30 days", { ...velocity, conditions: [{ ...velocity.conditions[0], windowMinutes: 43201 }] }, "conditions[0][windowMinutes]"],
    ["a lower-case country", { ...prepaid, conditions: [{ type: "ip_country", in: ["fr"] }] }, "conditions[0][in][0]"],
    ["an unknown currency", { ...prepaid, conditions: [{ type: "amount", scope: "transaction", currency: "ZZZ", over: 1 }] }, "conditions[0][currency]"],
    ["a score over 100", { ...prepaid, score: 101 }, "score"],
    ["neither action nor score", { name: "x", conditions: prepaid.conditions }, "action"],
    ["a string as a number", { ...velocity, conditions: [{ ...velocity.conditions[0], atLeast: "5" }] }, "conditions[0][atLeast]"],
    ["an unknown field", { ...prepaid, code: "1" }, undefined],
  ])("refuses %s with a 400 naming the field, storing nothing", async (_name, body, param) => {
    await expectError(create(body), 400, "parameter_invalid", param);
    expect(await ruleCount()).toBe(0);
  });

  it("refuses malformed JSON, a bad update and a bad reorder, changing nothing", async () => {
    await expectError(create("{\"name\": "), 400, "invalid_json");
    const a = await (await create(prepaid)).json();
    await expectError(update(a.id, { conditions: [{ type: "card_country" }] }), 400, "parameter_invalid", "conditions[0][in]");
    await expectError(update(a.id, { score: 0, action: null }), 400, "parameter_invalid", "action");
    await expectError(reorder([a.id, a.id]), 400, "parameter_invalid", "ids");
    await expectError(reorder(["rr_nope"]), 400, "parameter_invalid", "ids");
    expect(await (await getOne(a.id)).json()).toMatchObject({ conditions: prepaid.conditions, action: "review", score: 20 });
  });

  it("answers 404 for another merchant's rule, the other mode's and unknown ids, changing nothing", async () => {
    const a = await (await create(prepaid)).json();
    for (const [id, key] of [
      [a.id, shopB.keys.test.secretKey],
      [a.id, shopA.keys.live.secretKey],
      ["rr_doesnotexistdoesnotexist", shopA.keys.test.secretKey],
      ["../../etc", shopA.keys.test.secretKey],
    ] as const) {
      await expectError(getOne(id, key), 404, "resource_not_found");
      await expectError(update(id, { enabled: false }, key), 404, "resource_not_found");
      await expectError(remove(id, key), 404, "resource_not_found");
    }
    expect((await (await list(shopB.keys.test.secretKey)).json()).data).toEqual([]);
    expect(await (await getOne(a.id)).json()).toMatchObject({ enabled: true });
  });

  it("needs a secret key", async () => {
    await expectError(create(prepaid, shopA.keys.test.publishableKey), 401, "wrong_key_kind");
    await expectError(list(""), 401, "authentication_required");
    expect(await ruleCount()).toBe(0);
  });
});
