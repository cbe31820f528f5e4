import { createRiskRule, createTransaction, createCardToken, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handleStaffMutation, type StaffMutationInput, type StaffMutationOptions, type StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { decidePaymentReview, decidePaymentReviewOptions } from "../payments/[id]/review/handler";
import { createRule, createRuleOptions } from "./rules/handler";
import { deleteRule, deleteRuleOptions } from "./rules/[id]/delete/handler";
import { moveRule, moveRuleOptions } from "./rules/[id]/move/handler";
import { updateRule, updateRuleOptions } from "./rules/[id]/handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
const staff = {} as Record<"admin" | "viewer" | "adminOfB", TestStaff>;

type Mutation<P> = { options: StaffMutationOptions<P>; run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome> };
const json = { accept: "application/json" };
function post<P>(mutation: Mutation<P>, who: TestStaff, path: string, params: P, fields: Record<string, string>, headers: Record<string, string | null> = {}) {
  ctx.clock.advance(1);
  return handleStaffMutation(ctx, staffFormRequest(ctx, who, path, { back: "/dashboard/risk", ...fields }, headers), params, mutation.options, mutation.run);
}
const rules = async () => ctx.db.select().from(schema.riskRules).where(eq(schema.riskRules.merchantId, shopA.merchantId));
const form = { name: "Prepaid", conditions: '[{"type":"card_funding","in":["prepaid"]}]', action: "review", score: "10", enabled: "on" };

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  shopA = ctx.merchants[0]!;
  staff.admin = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "admin" });
  staff.viewer = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "viewer" });
  staff.adminOfB = await createTestStaff(ctx, { merchantId: ctx.merchants[1]!.merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.riskRules);
});

describe("risk rules in the back-office", () => {
  it("creates, disables, moves and deletes rules, each audited once", async () => {
    const created = await post({ options: createRuleOptions, run: createRule }, staff.admin, "/dashboard/risk/rules", {}, form);
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toBe("https://pay.example/dashboard/risk?notice=rule_created");
    const second = await post({ options: createRuleOptions, run: createRule }, staff.admin, "/dashboard/risk/rules", {}, { ...form, name: "Second", action: "" });
    expect(second.status).toBe(303);
    const [a, b] = (await rules()).sort((x, y) => x.position - y.position);
    expect(a).toMatchObject({ name: "Prepaid", enabled: true, definition: { action: "review", score: 10 } });
    expect(b!.definition).toEqual({ conditions: [{ type: "card_funding", in: ["prepaid"] }], score: 10 });

    await post({ options: updateRuleOptions, run: updateRule }, staff.admin, `/dashboard/risk/rules/${a!.id}`, { id: a!.id }, { toggle: "1" });
    expect((await rules()).find((r) => r.id === a!.id)!.enabled).toBe(false);
    await post({ options: moveRuleOptions, run: moveRule }, staff.admin, `/dashboard/risk/rules/${b!.id}/move`, { id: b!.id }, { direction: "up" });
    expect((await rules()).find((r) => r.id === b!.id)!.position).toBe(1);
    await post({ options: deleteRuleOptions, run: deleteRule }, staff.admin, `/dashboard/risk/rules/${a!.id}/delete`, { id: a!.id }, {});
    expect((await rules()).map((r) => r.id)).toEqual([b!.id]);

    const audit = await ctx.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.merchantId, shopA.merchantId), eq(schema.auditLog.targetType, "risk_rule")));
    expect(audit.map((e) => e.action).sort()).toEqual(["risk_rule.create", "risk_rule.create", "risk_rule.delete", "risk_rule.reorder", "risk_rule.update"]);
  });

  it("sends a malformed rule back naming the field, and stores nothing", async () => {
    const bad = await post({ options: createRuleOptions, run: createRule }, staff.admin, "/dashboard/risk/rules", {}, { ...form, conditions: '[{"type":"velocity","metric":"attempts","per":"card","windowMinutes":0,"atLeast":3}]' });
    expect(bad.headers.get("location")).toBe("https://pay.example/dashboard/risk?error=parameter_invalid&param=conditions%5B0%5D%5BwindowMinutes%5D");
    const notJson = await post({ options: createRuleOptions, run: createRule }, staff.admin, "/dashboard/risk/rules", {}, { ...form, conditions: "[{" });
    expect(notJson.headers.get("location")).toContain("param=conditions");
    expect(await rules()).toEqual([]);
  });

  it("refuses a viewer, and another merchant's rule is not found", async () => {
    const denied = await post({ options: createRuleOptions, run: createRule }, staff.viewer, "/dashboard/risk/rules", {}, form, json);
    expect(denied.status).toBe(403);
    const rule = await createRiskRule(ctx, { merchantId: shopA.merchantId, mode: "test" }, { name: "x", conditions: [{ type: "card_first_seen" }], score: 5 }, null);
    const other = await post({ options: deleteRuleOptions, run: deleteRule }, staff.adminOfB, `/dashboard/risk/rules/${rule.id}/delete`, { id: rule.id }, {}, json);
    expect(other.status).toBe(404);
    expect(await rules()).toHaveLength(1);
  });
});

describe("review decisions in the back-office", () => {
  it("approves a held payment (captured) and refuses a second decision", async () => {
    await createRiskRule(ctx, { merchantId: shopA.merchantId, mode: "test" }, { name: "All visa", conditions: [{ type: "card_brand", in: ["visa"] }], action: "review" }, null);
    const token = await createCardToken(ctx, { merchantId: shopA.merchantId, mode: "test", card: { number: "4242424242424242", expMonth: 12, expYear: 2030, cvc: "123" } });
    const { transaction } = await createTransaction(ctx, { merchantId: shopA.merchantId, mode: "test", input: { amount: 1000, currency: "EUR", cardTokenId: token.cardTokenId } });
    expect(transaction.reviewStatus).toBe("open");
    const mutation = { options: decidePaymentReviewOptions, run: decidePaymentReview };
    const path = `/dashboard/payments/${transaction.id}/review`;
    expect((await post(mutation, staff.viewer, path, { id: transaction.id }, { decision: "approve" }, json)).status).toBe(403);
    expect((await post(mutation, staff.adminOfB, path, { id: transaction.id }, { decision: "approve" }, json)).status).toBe(404);
    expect((await post(mutation, staff.admin, path, { id: transaction.id }, { decision: "maybe" }, json)).status).toBe(400);
    const approved = await post(mutation, staff.admin, path, { id: transaction.id }, { decision: "approve" }, json);
    expect(await approved.json()).toEqual({ status: "captured", reviewStatus: "approved" });
    expect((await post(mutation, staff.admin, path, { id: transaction.id }, { decision: "reject" }, json)).status).toBe(409);
    const audit = await ctx.db.select().from(schema.auditLog).where(and(eq(schema.auditLog.targetId, transaction.id), eq(schema.auditLog.outcome, "success")));
    expect(audit.map((e) => e.action)).toEqual(["review.decide"]);
  });
});

describe("the merchant's score thresholds", () => {
  it("an admin sets them (audited), bad values are refused naming the field, a viewer may not; empty goes back to the platform's", async () => {
    const { saveRiskThresholds, saveRiskThresholdsOptions } = await import("./thresholds/handler");
    const mutation = { options: saveRiskThresholdsOptions, run: saveRiskThresholds };
    const settings = async () => (await ctx.db.select().from(schema.merchantSettings).where(eq(schema.merchantSettings.merchantId, shopA.merchantId)))[0];
    const ok = await post(mutation, staff.admin, "/dashboard/risk/thresholds", {}, { review: "50", block: "80" }, json);
    expect(ok.status).toBe(200);
    expect(await settings()).toMatchObject({ riskReviewScore: 50, riskBlockScore: 80 });
    const audit = await ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, "risk_thresholds.update"));
    expect(audit).toHaveLength(1);
    for (const [fields, param] of [[{ review: "10", block: "80" }, "review"], [{ review: "50", block: "abc" }, "block"], [{ review: "90", block: "60" }, "review"]] as const) {
      const refused = await post(mutation, staff.admin, "/dashboard/risk/thresholds", {}, fields, json);
      expect(refused.status).toBe(400);
      expect((await refused.json()).error.param).toBe(param);
    }
    expect((await post(mutation, staff.viewer, "/dashboard/risk/thresholds", {}, { review: "40", block: "60" }, json)).status).toBe(403);
    expect(await settings()).toMatchObject({ riskReviewScore: 50, riskBlockScore: 80 });
    await post(mutation, staff.admin, "/dashboard/risk/thresholds", {}, { review: "", block: "" }, json);
    expect(await settings()).toMatchObject({ riskReviewScore: null, riskBlockScore: null });
  });
});
