import { createPaymentRequest, createSubscription, getRecurringSettings, submitPaymentAttempt } from "@jeton/core";
import { createCustomerWithChargeableCard } from "@jeton/core/testing";
import { schema } from "@jeton/db";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleStaffMutation } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { cancelSubscriptionAction, cancelSubscriptionOptions } from "./[id]/cancel/handler";
import { pauseSubscriptionAction, pauseSubscriptionOptions } from "./[id]/pause/handler";
import { resumeSubscriptionAction, resumeSubscriptionOptions } from "./[id]/resume/handler";
import { updateRecurringSettings, updateRecurringSettingsOptions } from "../settings/recurring/update/handler";
import { cancelInstallmentPlanAction, cancelInstallmentPlanOptions } from "../installment-plans/[id]/cancel/handler";

let ctx: TestContext;
let admin: TestStaff;
let viewer: TestStaff;
let adminOfB: TestStaff;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  admin = await createTestStaff(ctx, { merchantId: ctx.merchants[0].merchantId, role: "admin" });
  viewer = await createTestStaff(ctx, { merchantId: ctx.merchants[0].merchantId, role: "viewer" });
  adminOfB = await createTestStaff(ctx, { merchantId: ctx.merchants[1].merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});

async function subscription(): Promise<string> {
  const setup = await createCustomerWithChargeableCard(ctx, { merchantId: ctx.merchants[0].merchantId });
  return (await createSubscription(ctx, { scope: setup.scope, input: { customerId: setup.customerId, cardId: setup.cardId, amount: 990, currency: "EUR", interval: "month" } })).id;
}
const mutations = {
  cancel: [cancelSubscriptionOptions, cancelSubscriptionAction],
  pause: [pauseSubscriptionOptions, pauseSubscriptionAction],
  resume: [resumeSubscriptionOptions, resumeSubscriptionAction],
} as const;
function act(name: keyof typeof mutations, who: TestStaff, id: string, fields: Record<string, string> = {}) {
  ctx.clock.advance(1);
  const request = staffFormRequest(ctx, who, `/dashboard/subscriptions/${id}/${name}`, { back: `/dashboard/subscriptions/${id}`, ...fields }, { accept: "application/json" });
  const [options, run] = mutations[name];
  return handleStaffMutation(ctx, request, { id }, options, run);
}
const status = async (id: string) => (await ctx.db.select().from(schema.subscriptions).where(eq(schema.subscriptions.id, id)))[0]!;
const lastAudit = async () => (await ctx.db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.createdAt), desc(schema.auditLog.id)).limit(1))[0]!;

describe("subscription actions in the back-office", () => {
  it("pause, resume, cancel at period end then now, each audited", async () => {
    const id = await subscription();
    expect((await act("pause", admin, id)).status).toBe(200);
    expect((await status(id)).status).toBe("paused");
    expect(await lastAudit()).toMatchObject({ action: "subscription.pause", outcome: "success", targetId: id });
    expect((await act("resume", admin, id)).status).toBe(200);
    expect((await status(id)).status).toBe("active");
    await act("cancel", admin, id, { when: "period_end" });
    expect(await status(id)).toMatchObject({ status: "active", cancelAtPeriodEnd: true });
    expect(await lastAudit()).toMatchObject({ action: "subscription.cancel", details: expect.objectContaining({ atPeriodEnd: true }) });
    await act("cancel", admin, id, { when: "now" });
    expect((await status(id)).status).toBe("canceled");
  });

  it("refuses a viewer and another merchant's staff, changes nothing, and audits the refusal", async () => {
    const id = await subscription();
    const denied = await act("cancel", viewer, id);
    expect(denied.status).toBe(403);
    expect(await lastAudit()).toMatchObject({ action: "subscription.cancel", outcome: "denied" });
    const foreign = await act("pause", adminOfB, id);
    expect(foreign.status).toBe(404);
    expect((await status(id)).status).toBe("active");
  });
});

describe("instalment plan cancel in the back-office", () => {
  async function plan(): Promise<string> {
    const request = await createPaymentRequest(ctx, {
      merchantId: ctx.merchants[0].merchantId,
      mode: "test",
      input: { amount: 9000, currency: "EUR", returnUrl: `${ctx.merchants[0].returnUrls[0]}r`, installments: { count: 3, interval: "month" } },
    });
    await submitPaymentAttempt(ctx, { paymentRequestId: request.id, card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" }, challengeWindowSize: "05" });
    return (await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, request.id)))[0]!.installmentPlanId!;
  }
  const cancelPlan = (who: TestStaff, id: string) => {
    ctx.clock.advance(1);
    const request = staffFormRequest(ctx, who, `/dashboard/installment-plans/${id}/cancel`, { back: `/dashboard/installment-plans/${id}` }, { accept: "application/json" });
    return handleStaffMutation(ctx, request, { id }, cancelInstallmentPlanOptions, cancelInstallmentPlanAction);
  };
  const planRow = async (id: string) => (await ctx.db.select().from(schema.installmentPlans).where(eq(schema.installmentPlans.id, id)))[0]!;

  it("an admin cancels an active plan, audited; a viewer and another merchant's staff change nothing", async () => {
    const id = await plan();
    expect((await cancelPlan(viewer, id)).status).toBe(403);
    expect(await lastAudit()).toMatchObject({ action: "installment_plan.cancel", outcome: "denied" });
    expect((await cancelPlan(adminOfB, id)).status).toBe(404);
    expect((await planRow(id)).status).toBe("active");
    const response = await cancelPlan(admin, id);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "canceled", skipped: 2 });
    expect(await lastAudit()).toMatchObject({ action: "installment_plan.cancel", outcome: "success", targetType: "installment_plan", targetId: id, details: expect.objectContaining({ skipped: 2 }) });
    expect((await cancelPlan(admin, id)).status).toBe(409);
  });
});

describe("recurring settings in the back-office", () => {
  const save = (who: TestStaff, fields: Record<string, string>) => {
    ctx.clock.advance(1);
    const request = staffFormRequest(ctx, who, "/dashboard/settings/recurring/update", { back: "/dashboard/settings/recurring", ...fields }, { accept: "application/json" });
    return handleStaffMutation(ctx, request, {}, updateRecurringSettingsOptions, updateRecurringSettings);
  };

  it("an admin sets the retry days and what follows them, audited; bad days and a viewer change nothing", async () => {
    const merchantId = ctx.merchants[0].merchantId;
    expect(await getRecurringSettings(ctx, merchantId)).toEqual({ retryDays: [1, 3, 5], afterRetries: "cancel" });
    expect((await save(admin, { retryDays: "2, 4", afterRetries: "past_due" })).status).toBe(200);
    expect(await getRecurringSettings(ctx, merchantId)).toEqual({ retryDays: [2, 4], afterRetries: "past_due" });
    expect(await lastAudit()).toMatchObject({ action: "settings.recurring.update", outcome: "success" });
    for (const retryDays of ["5, 3", "0", "1, 2, 3, 4, 5, 6", "one"]) {
      const refused = await save(admin, { retryDays, afterRetries: "cancel" });
      expect(refused.status, retryDays).toBe(400);
      expect((await refused.json()).error).toMatchObject({ code: "parameter_invalid", param: "retryDays" });
    }
    expect((await save(viewer, { retryDays: "1", afterRetries: "cancel" })).status).toBe(403);
    expect(await getRecurringSettings(ctx, merchantId)).toEqual({ retryDays: [2, 4], afterRetries: "past_due" });
  });
});
