/*
 * The back-office mutations that used to read their form by hand now parse it
 * with their schema.ts: bad input comes back to the page as
 * `?error=parameter_invalid&param=<field>`, and nothing changes. The refund
 * form also takes a description and metadata rows, checked by the API's atoms.
 */
import { payWithTestCard } from "@jeton/core/testing";
import { settleTransactions, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleStaffMutation, type StaffMutationInput, type StaffMutationOptions, type StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { databaseDigest } from "@/server/testing/database-digest";
import { createPaymentLink, createPaymentLinkOptions } from "./links/create/handler";
import { switchMode, switchModeOptions } from "./mode/handler";
import { capturePayment, capturePaymentOptions } from "./payments/[id]/capture/handler";
import { refundPayment, refundPaymentOptions } from "./payments/[id]/refund/handler";
import { decidePaymentReview, decidePaymentReviewOptions } from "./payments/[id]/review/handler";
import { unblacklistPaymentCard, unblacklistPaymentCardOptions } from "./payments/blacklist/remove/handler";
import { moveRule, moveRuleOptions } from "./risk/rules/[id]/move/handler";
import { changeRole, changeRoleOptions } from "./settings/staff/[id]/role/handler";
import { addStaffMember, addStaffMemberOptions } from "./settings/staff/create/handler";
import { cancelSubscriptionAction, cancelSubscriptionOptions } from "./subscriptions/[id]/cancel/handler";
import { createWebhookEndpoint, createWebhookEndpointOptions } from "./settings/developers/webhooks/create/handler";

let ctx: TestContext;
let shop: CreatedMerchant;
let owner: TestStaff;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 1 });
  shop = ctx.merchants[0]!;
  owner = await createTestStaff(ctx, { merchantId: shop.merchantId, role: "owner" });
});
afterAll(async () => {
  await ctx?.handle.close();
});

function send<P>(options: StaffMutationOptions<P>, run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome>, params: P, fields: Record<string, string | string[]>) {
  ctx.clock.advance(1);
  return handleStaffMutation(ctx, staffFormRequest(ctx, owner, "/dashboard/x", { back: "/dashboard/back", ...fields }), params, options, run);
}
/** The page the form post lands on: path and query. */
const landing = (response: Response) => {
  const url = new URL(response.headers.get("location")!);
  return `${url.pathname}${url.search}`;
};
/** Only the audit log may change on a refused post (it records the failure). */
const digestWithoutAudit = async () => {
  const digest = await databaseDigest(ctx.handle);
  delete digest.audit_log;
  return digest;
};
async function expectFieldError(pending: () => Promise<Response>, param: string) {
  const before = await digestWithoutAudit();
  const response = await pending();
  expect(response.status).toBe(303);
  expect(landing(response)).toBe(`/dashboard/back?error=parameter_invalid&param=${encodeURIComponent(param)}`);
  expect(await digestWithoutAudit()).toEqual(before);
}

async function settledPayment(): Promise<string> {
  const { id } = await payWithTestCard(ctx, { merchantId: shop.merchantId, returnUrl: `${shop.returnUrls[0]}r`, captureMode: "automatic" });
  ctx.clock.advance(1000);
  await settleTransactions(ctx, {});
  return id;
}

describe("refund form", () => {
  it("stores the description and the metadata rows (empty rows dropped) on the refund", async () => {
    const id = await settledPayment();
    const response = await send(refundPaymentOptions, refundPayment, { id }, {
      amount: "1,50",
      description: "Damaged parcel",
      metadataKey: ["ticket", "", "agent"],
      metadataValue: ["Z-1", "", "ada"],
    });
    expect(landing(response)).toBe(`/dashboard/payments/${id}?notice=refunded`);
    const [refund] = await ctx.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, id));
    expect(refund).toMatchObject({ amount: 150, description: "Damaged parcel", metadata: { ticket: "Z-1", agent: "ada" } });
  });

  it("refuses bad input naming the field, and refunds nothing", async () => {
    const id = await settledPayment();
    const refund = (fields: Record<string, string | string[]>) => () => send(refundPaymentOptions, refundPayment, { id }, fields);
    await expectFieldError(refund({ amount: "ten" }), "amount");
    await expectFieldError(refund({ amount: "1", reason: "r".repeat(501) }), "reason");
    await expectFieldError(refund({ amount: "1", description: "d".repeat(501) }), "description");
    await expectFieldError(refund({ amount: "1", metadataKey: ["k".repeat(41)], metadataValue: ["v"] }), `metadata[${"k".repeat(41)}]`);
    await expectFieldError(refund({ amount: "1", metadataKey: ["note"], metadataValue: ["v".repeat(501)] }), "metadata[note]");
    await expectFieldError(refund({ amount: "1", metadataKey: [""], metadataValue: ["orphan value"] }), "metadata[]");
    await expectFieldError(refund({ amount: "1", metadataKey: ["a", "a"], metadataValue: ["1", "2"] }), "metadata[a]");
    const many = Array.from({ length: 51 }, (_, index) => `k${index}`);
    await expectFieldError(refund({ amount: "1", metadataKey: many, metadataValue: many }), "metadata");
    expect(await ctx.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, id))).toEqual([]);
  });
});

describe("payment link form", () => {
  it("stores description and metadata on the payment request, and refuses bad metadata", async () => {
    const fields = { amount: "25.00", currency: "EUR", expiresIn: "1d", description: "Invoice 7" };
    const response = await send(createPaymentLinkOptions, createPaymentLink, {}, { ...fields, metadataKey: ["invoice"], metadataValue: ["INV-7"] });
    const linkId = landing(response).split("/")[3]!.split("?")[0]!;
    const [link] = await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, linkId));
    expect(link).toMatchObject({ description: "Invoice 7", metadata: { invoice: "INV-7" } });
    await expectFieldError(() => send(createPaymentLinkOptions, createPaymentLink, {}, { ...fields, metadataKey: ["k".repeat(41)], metadataValue: ["x"] }), `metadata[${"k".repeat(41)}]`);
  });
});

describe("webhook endpoint form", () => {
  it("stores description and metadata on the endpoint, and refuses a bad description", async () => {
    const response = await send(createWebhookEndpointOptions, createWebhookEndpoint, {}, { url: "https://shop-a.example/hooks", description: "fulfilment", metadataKey: ["team"], metadataValue: ["ops"] });
    expect(response.status).toBe(303);
    const [endpoint] = await ctx.db.select().from(schema.webhookEndpoints).where(eq(schema.webhookEndpoints.url, "https://shop-a.example/hooks"));
    expect(endpoint).toMatchObject({ description: "fulfilment", metadata: { team: "ops" } });
    await expectFieldError(() => send(createWebhookEndpointOptions, createWebhookEndpoint, {}, { url: "https://shop-a.example/other", description: "d".repeat(501) }), "description");
  });
});

describe("the other hand-parsed forms", () => {
  it("refuse a bad field by name and change nothing", async () => {
    const id = await settledPayment();
    await expectFieldError(() => send(capturePaymentOptions, capturePayment, { id }, { amount: "-5" }), "amount");
    await expectFieldError(() => send(decidePaymentReviewOptions, decidePaymentReview, { id }, { decision: "maybe" }), "decision");
    await expectFieldError(() => send(switchModeOptions, switchMode, {}, { mode: "prod" }), "mode");
    await expectFieldError(() => send(unblacklistPaymentCardOptions, unblacklistPaymentCard, {}, {}), "card");
    await expectFieldError(() => send(moveRuleOptions, moveRule, { id: "rr_x" }, { direction: "sideways" }), "direction");
    await expectFieldError(() => send(changeRoleOptions, changeRole, { id: owner.user.id }, { role: "root" }), "role");
    await expectFieldError(() => send(addStaffMemberOptions, addStaffMember, {}, { email: "", password: "initial password 1", role: "viewer" }), "email");
    await expectFieldError(() => send(addStaffMemberOptions, addStaffMember, {}, { email: "new@shop.example", password: "initial password 1", role: "root" }), "role");
    await expectFieldError(() => send(cancelSubscriptionOptions, cancelSubscriptionAction, { id: "sub_x" }, { when: "later" }), "when");
  });
});
