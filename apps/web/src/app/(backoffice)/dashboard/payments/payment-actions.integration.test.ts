import { captureDelayedTransaction, createMerchant, createPaymentRequest, settleTransactions, submitPaymentAttempt, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlePaymentAttempt } from "@/app/(checkout)/pay/[id]/attempt/handler";
import { handleCreateTransaction } from "@/app/api/v1/transactions/handler";
import { handleStaffMutation, type StaffMutationInput, type StaffMutationOptions, type StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { blacklistPaymentCard, blacklistPaymentCardOptions } from "./[id]/blacklist/handler";
import { cancelPayment, cancelPaymentOptions } from "./[id]/cancel/handler";
import { capturePayment, capturePaymentOptions } from "./[id]/capture/handler";
import { refundPayment, refundPaymentOptions } from "./[id]/refund/handler";
import { unblacklistPaymentCard, unblacklistPaymentCardOptions } from "./blacklist/remove/handler";
import { settleTestPayments, settleTestPaymentsOptions } from "./settle-test/handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;
const staff = {} as Record<"owner" | "admin" | "viewer" | "adminLive" | "adminOfB", TestStaff>;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
  staff.owner = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "owner" });
  staff.admin = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "admin" });
  staff.viewer = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "viewer" });
  staff.adminLive = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "admin", mode: "live" });
  staff.adminOfB = await createTestStaff(ctx, { merchantId: shopB.merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});

/** A payment on the hosted page: `authorized` (manual) or `captured` (automatic). */
async function pay(
  merchant: CreatedMerchant,
  { captureMode = "automatic", amount = 2500, currency = "EUR", number = "4242424242424242" }: { captureMode?: "manual" | "automatic" | "delayed"; amount?: number; currency?: string; number?: string } = {},
): Promise<string> {
  const request = await createPaymentRequest(ctx, {
    merchantId: merchant.merchantId,
    mode: "test",
    input: { amount, currency, returnUrl: `${merchant.returnUrls[0]}r`, captureMode, ...(captureMode === "delayed" ? { captureDelayDays: 3 } : {}) },
  });
  const result = await submitPaymentAttempt(ctx, {
    paymentRequestId: request.id,
    card: { number, expMonth: "12", expYear: "2030", cvc: "123" },
    challengeWindowSize: "05",
  });
  if (result.kind !== "completed") throw new Error(`expected a completed payment, got ${result.kind}`);
  return result.transaction.id;
}

async function settledPayment(merchant = shopA, amount = 2500): Promise<string> {
  const id = await pay(merchant, { amount });
  ctx.clock.advance(1000);
  await settleTransactions(ctx, {});
  return id;
}

async function read(id: string) {
  const [row] = await ctx.db.select().from(schema.transactions).where(eq(schema.transactions.id, id));
  if (!row) throw new Error(`no transaction ${id}`);
  return row;
}

async function lastAudit(action: string) {
  const [row] = await ctx.db.select().from(schema.auditLog).where(eq(schema.auditLog.action, action)).orderBy(desc(schema.auditLog.createdAt), desc(schema.auditLog.id)).limit(1);
  return row;
}

type Mutation<P> = { options: StaffMutationOptions<P>; run: (input: StaffMutationInput<P>) => Promise<StaffMutationOutcome> };
const refund: Mutation<{ id: string }> = { options: refundPaymentOptions, run: refundPayment };
const capture: Mutation<{ id: string }> = { options: capturePaymentOptions, run: capturePayment };
const cancel: Mutation<{ id: string }> = { options: cancelPaymentOptions, run: cancelPayment };
const blacklist: Mutation<{ id: string }> = { options: blacklistPaymentCardOptions, run: blacklistPaymentCard };
const unblacklist: Mutation<Record<string, never>> = { options: unblacklistPaymentCardOptions, run: unblacklistPaymentCard };
const settleTest: Mutation<Record<string, never>> = { options: settleTestPaymentsOptions, run: settleTestPayments };

/** A form post to a payment's action, as the detail page sends it (or forged, with `headers`). */
function post<P extends Record<string, string>>(
  mutation: Mutation<P>,
  who: TestStaff | null,
  path: string,
  params: P,
  fields: Record<string, string> = {},
  headers: Record<string, string | null> = {},
) {
  // One millisecond per action: audit entries then have an order of their own (lastAudit).
  ctx.clock.advance(1);
  const request = staffFormRequest(ctx, who, path, { back: "/dashboard/payments", ...fields }, headers);
  return handleStaffMutation(ctx, request, params, mutation.options, mutation.run);
}
const act = (mutation: Mutation<{ id: string }>, name: string, who: TestStaff | null, id: string, fields: Record<string, string> = {}, headers: Record<string, string | null> = {}) =>
  post(mutation, who, `/dashboard/payments/${id}/${name}`, { id }, { back: `/dashboard/payments/${id}`, ...fields }, headers);
const json = { accept: "application/json" };

async function expectRedirect(response: Response, path: string) {
  expect(response.status).toBe(303);
  expect(response.headers.get("location")).toBe(`https://pay.example${path}`);
}
async function expectError(pending: Promise<Response>, status: number, code: string) {
  const response = await pending;
  const body = await response.json();
  expect({ status: response.status, code: body.error?.code }).toEqual({ status, code });
}

describe("a delayed-capture authorization in the back-office", () => {
  it("is captured (or canceled) by staff before its day, and the automatic capture then does nothing", async () => {
    const captured = await pay(shopA, { captureMode: "delayed", amount: 3000 });
    const canceled = await pay(shopA, { captureMode: "delayed", amount: 3000 });
    const { autoCaptureAt } = await read(captured);
    expect(await read(captured)).toMatchObject({ status: "authorized", captureMode: "delayed" });
    await expectRedirect(await act(capture, "capture", staff.admin, captured, { amount: "20.00" }), `/dashboard/payments/${captured}?notice=captured`);
    await expectRedirect(await act(cancel, "cancel", staff.admin, canceled, {}), `/dashboard/payments/${canceled}?notice=canceled`);
    // The day comes: the scheduler's conditional claim finds neither still authorized.
    const simulator = ctx.acquirers.test!;
    let acquirerCaptures = 0;
    const counting = { ...ctx.acquirers, test: { ...simulator, capture: (request: Parameters<typeof simulator.capture>[0]) => (acquirerCaptures++, simulator.capture(request)) } };
    const at = new Date(autoCaptureAt!.getTime() + 1000);
    expect(await captureDelayedTransaction({ db: ctx.db, acquirers: counting }, { transactionId: captured, at })).toBe("not_due");
    expect(await captureDelayedTransaction({ db: ctx.db, acquirers: counting }, { transactionId: canceled, at })).toBe("not_due");
    expect(acquirerCaptures).toBe(0);
    expect(await read(captured)).toMatchObject({ status: "captured", capturedAmount: 2000 });
    expect((await read(canceled)).status).toBe("canceled");
  });
});

describe("refund from the back-office", () => {
  it("lets an admin refund part of a settled payment, in major units, and audits it with the amount", async () => {
    const id = await settledPayment();
    const response = await act(refund, "refund", staff.admin, id, { amount: "5.00", reason: "damaged parcel" });
    await expectRedirect(response, `/dashboard/payments/${id}?notice=refunded`);
    // The session is refreshed by the response, as on every back-office action.
    expect(response.headers.get("set-cookie")).toMatch(/^jeton_staff=.+HttpOnly; SameSite=Lax/);
    expect(await read(id)).toMatchObject({ status: "partially_refunded", refundedAmount: 500 });
    const [made] = await ctx.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, id));
    expect(made).toMatchObject({ amount: 500, reason: "damaged parcel", status: "succeeded" });

    const entry = await lastAudit("transaction.refund");
    expect(entry).toMatchObject({
      merchantId: shopA.merchantId,
      userId: staff.admin.user.id,
      actorEmail: staff.admin.user.email,
      outcome: "success",
      targetType: "transaction",
      targetId: id,
      mode: "test",
      userAgent: "vitest",
      details: { refundId: made!.id, amount: 500, currency: "EUR", amountMajor: "5.00", status: "partially_refunded" },
    });

    // The rest, left empty: everything that remains; then nothing remains.
    await expectRedirect(await act(refund, "refund", staff.owner, id, { amount: "" }), `/dashboard/payments/${id}?notice=refunded`);
    expect(await read(id)).toMatchObject({ status: "refunded", refundedAmount: 2500 });
    await expectRedirect(await act(refund, "refund", staff.admin, id, { amount: "1.00" }), `/dashboard/payments/${id}?error=transaction_not_refundable`);
    expect(await lastAudit("transaction.refund")).toMatchObject({ outcome: "failure", targetId: id, details: { error: "transaction_not_refundable" } });
  });

  it("uses the currency's own exponent: 1.250 TND is 1250 millimes, 500 JPY is 500 yen", async () => {
    const tnd = await pay(shopA, { currency: "TND", amount: 12_345 });
    const jpy = await pay(shopA, { currency: "JPY", amount: 1200 });
    ctx.clock.advance(1000);
    await settleTransactions(ctx, {});
    await act(refund, "refund", staff.admin, tnd, { amount: "1.250" });
    await act(refund, "refund", staff.admin, jpy, { amount: "500" });
    expect((await read(tnd)).refundedAmount).toBe(1250);
    expect((await read(jpy)).refundedAmount).toBe(500);
    // More decimals than the currency has, or not a number: refused, nothing refunded.
    for (const [id, amount] of [[jpy, "1.5"], [tnd, "1.2345"], [tnd, "abc"], [tnd, "-1"], [tnd, "0"]] as const) {
      await expectError(act(refund, "refund", staff.admin, id, { amount }, json), 400, "parameter_invalid");
    }
    expect((await read(tnd)).refundedAmount).toBe(1250);
    expect((await read(jpy)).refundedAmount).toBe(500);
    await expectError(act(refund, "refund", staff.admin, jpy, { amount: "701" }, json), 400, "refund_exceeds_remaining");
  });

  it("refuses a viewer (audited as denied) and changes nothing", async () => {
    const id = await settledPayment();
    const form = await act(refund, "refund", staff.viewer, id, { amount: "5.00" });
    await expectRedirect(form, `/dashboard/payments/${id}?error=permission_denied`);
    await expectError(act(refund, "refund", staff.viewer, id, { amount: "5.00" }, json), 403, "permission_denied");
    expect(await read(id)).toMatchObject({ status: "settled", refundedAmount: 0 });
    expect(await ctx.db.select().from(schema.refunds).where(eq(schema.refunds.transactionId, id))).toEqual([]);
    expect(await lastAudit("transaction.refund")).toMatchObject({
      userId: staff.viewer.user.id,
      outcome: "denied",
      targetType: "transaction",
      targetId: id,
      details: { error: "permission_denied" },
    });
  });

  it("treats another merchant's payment, the other mode's and unknown ids as not found", async () => {
    const ofB = await settledPayment(shopB);
    await expectError(act(refund, "refund", staff.admin, ofB, { amount: "1.00" }, json), 404, "resource_not_found");
    await expectRedirect(await act(refund, "refund", staff.admin, ofB, { amount: "1.00" }), `/dashboard/payments/${ofB}?error=resource_not_found`);
    // A test payment of shop A, seen from the live mode.
    const ofA = await settledPayment();
    await expectError(act(refund, "refund", staff.adminLive, ofA, { amount: "1.00" }, json), 404, "resource_not_found");
    await expectError(act(refund, "refund", staff.admin, "tx_nosuchtransaction000000", {}, json), 404, "resource_not_found");
    await expectError(act(refund, "refund", staff.admin, "../../etc/passwd", {}, json), 404, "resource_not_found");
    expect((await read(ofB)).refundedAmount).toBe(0);
    expect((await read(ofA)).refundedAmount).toBe(0);
  });

  it("refuses a request without the CSRF token, from another site, or without a session", async () => {
    const id = await settledPayment();
    await expectError(act(refund, "refund", staff.admin, id, { amount: "1.00", csrf: "" }, json), 403, "csrf_token_invalid");
    await expectError(act(refund, "refund", staff.admin, id, { amount: "1.00", csrf: staff.viewer.csrf }, json), 403, "csrf_token_invalid");
    expect(await lastAudit("transaction.refund")).toMatchObject({ outcome: "denied", details: { error: "csrf_token_invalid" } });
    const noCsrf = new URLSearchParams({ amount: "1.00" });
    const forged = new Request(`https://pay.example/dashboard/payments/${id}/refund`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: staff.admin.cookie, "sec-fetch-site": "same-origin", origin: "https://pay.example", accept: "application/json" },
      body: noCsrf,
    });
    await expectError(handleStaffMutation(ctx, forged, { id }, refund.options, refund.run), 403, "csrf_token_invalid");
    await expectError(
      act(refund, "refund", staff.admin, id, { amount: "1.00" }, { ...json, origin: "https://evil.example", "sec-fetch-site": "cross-site" }),
      403,
      "origin_not_allowed",
    );
    await expectError(act(refund, "refund", null, id, { amount: "1.00" }, json), 401, "session_required");
    await expectRedirect(await act(refund, "refund", null, id, { amount: "1.00" }), "/login?reason=session");
    expect(await read(id)).toMatchObject({ status: "settled", refundedAmount: 0 });
  });
});

describe("capture and cancel from the back-office", () => {
  it("captures part of a manual authorization, refuses more than authorized, and refuses a viewer", async () => {
    const id = await pay(shopA, { captureMode: "manual", amount: 10_000 });
    await expectError(act(capture, "capture", staff.viewer, id, { amount: "30.00" }, json), 403, "permission_denied");
    await expectError(act(capture, "capture", staff.admin, id, { amount: "100.01" }, json), 400, "capture_exceeds_authorized");
    expect(await read(id)).toMatchObject({ status: "authorized", capturedAmount: 0 });
    await expectRedirect(await act(capture, "capture", staff.admin, id, { amount: "30.00" }), `/dashboard/payments/${id}?notice=captured`);
    expect(await read(id)).toMatchObject({ status: "captured", capturedAmount: 3000 });
    expect(await lastAudit("transaction.capture")).toMatchObject({ outcome: "success", targetId: id, details: { amount: 3000, currency: "EUR", amountMajor: "30.00" } });
    await expectRedirect(await act(capture, "capture", staff.admin, id, { amount: "30.00" }), `/dashboard/payments/${id}?error=transaction_not_capturable`);
  });

  it("captures the whole authorization when the amount is left empty", async () => {
    const id = await pay(shopA, { captureMode: "manual", amount: 4200 });
    await act(capture, "capture", staff.owner, id, {});
    expect(await read(id)).toMatchObject({ status: "captured", capturedAmount: 4200 });
  });

  it("cancels a capture before settlement, once; refuses a viewer and another merchant's payment", async () => {
    const id = await pay(shopA);
    const ofB = await pay(shopB);
    await expectError(act(cancel, "cancel", staff.viewer, id, {}, json), 403, "permission_denied");
    await expectError(act(cancel, "cancel", staff.admin, ofB, {}, json), 404, "resource_not_found");
    expect((await read(id)).status).toBe("captured");
    expect((await read(ofB)).status).toBe("captured");
    await expectRedirect(await act(cancel, "cancel", staff.admin, id), `/dashboard/payments/${id}?notice=canceled`);
    expect((await read(id)).status).toBe("canceled");
    expect(await lastAudit("transaction.cancel")).toMatchObject({ outcome: "success", targetId: id, details: { amount: 2500, currency: "EUR" } });
    await expectError(act(cancel, "cancel", staff.admin, id, {}, json), 409, "transaction_not_cancelable");
  });
});

describe("the card blacklist from the back-office", () => {
  const CARD = "4000056655665556";

  it("blacklists a payment's card (once), which then blocks its payments on the API and the hosted page, for this merchant only, until removed", async () => {
    const source = await pay(shopA, { number: CARD });
    await expectError(act(blacklist, "blacklist", staff.viewer, source, { reason: "fraud" }, json), 403, "permission_denied");
    await expectError(act(blacklist, "blacklist", staff.adminOfB, source, { reason: "fraud" }, json), 404, "resource_not_found");
    expect(await ctx.db.select().from(schema.cardBlacklist)).toEqual([]);

    await expectRedirect(await act(blacklist, "blacklist", staff.admin, source, { reason: "fraud reported" }), `/dashboard/payments/${source}?notice=blacklisted`);
    await expectRedirect(await act(blacklist, "blacklist", staff.admin, source, { reason: "again" }), `/dashboard/payments/${source}?notice=already_blacklisted`);
    const entries = await ctx.db.select().from(schema.cardBlacklist);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ merchantId: shopA.merchantId, last4: "5556", reason: "fraud reported", sourceTransactionId: source, createdByUserId: staff.admin.user.id });
    const audited = await lastAudit("card.blacklist");
    expect(audited).toMatchObject({ outcome: "success", targetId: source, details: { card: "400005******5556", brand: "visa", created: false } });
    // The audit log names the card as staff see it, never by its fingerprint.
    expect(JSON.stringify(audited)).not.toContain(entries[0]!.fingerprint);

    // The API: answered as a refusal, recorded as blocked.
    const token = await createToken(shopA, CARD);
    const apiResponse = await ctx.respond(
      handleCreateTransaction(
        new Request("https://pay.example/api/v1/transactions", {
          method: "POST",
          headers: { authorization: `Bearer ${shopA.keys.test.secretKey}`, "content-type": "application/json" },
          body: JSON.stringify({ amount: 1000, currency: "EUR", cardTokenId: token }),
        }),
        ctx,
      ),
    );
    const refusal = await apiResponse.json();
    expect(apiResponse.status).toBe(402);
    expect(refusal.error).toMatchObject({ code: "card_declined", type: "card_error", declineCode: "blocked" });
    expect(await read(refusal.error.transactionId)).toMatchObject({ status: "blocked", risk: { rule: "blacklist", sourceTransactionId: source } });

    // The hosted page: back to the page, which shows the refusal ticket of the blocked attempt.
    const hosted = await attemptOnHostedPage(shopA, CARD);
    expect(hosted.location).toMatch(/^https:\/\/pay\.example\/pay\/pr_[A-Za-z0-9_-]+\?(.*&)?tx=tx_/);
    expect(await read(hosted.transactionId)).toMatchObject({ status: "blocked", risk: { rule: "blacklist" } });

    // Shop B takes the same card.
    const atB = await attemptOnHostedPage(shopB, CARD);
    expect((await read(atB.transactionId)).status).toBe("captured");

    // Staff see the card by an id of their merchant's own, never by the platform-wide fingerprint.
    const answer = await (await act(blacklist, "blacklist", staff.admin, source, {}, json)).json();
    expect(answer).toMatchObject({ created: false, card: { id: expect.stringMatching(/^bl_/), masked: "400005******5556" } });
    expect(JSON.stringify(answer)).not.toContain(entries[0]!.fingerprint);

    // Removed: its next payment goes through; a viewer and another merchant cannot remove it, nor anyone by fingerprint.
    const remove = (who: TestStaff, headers: Record<string, string | null> = {}, card: string = answer.card.id) =>
      post(unblacklist, who, "/dashboard/payments/blacklist/remove", {}, { back: "/dashboard/payments/blacklist", card }, headers);
    await expectError(remove(staff.admin, json, entries[0]!.fingerprint), 404, "resource_not_found");
    await expectError(remove(staff.viewer, json), 403, "permission_denied");
    await expectError(remove(staff.adminOfB, json), 404, "resource_not_found");
    expect(await ctx.db.select().from(schema.cardBlacklist)).toHaveLength(1);
    await expectRedirect(await remove(staff.admin), "/dashboard/payments/blacklist?notice=unblacklisted");
    expect(await lastAudit("card.unblacklist")).toMatchObject({ outcome: "success", details: { card: "400005******5556", sourceTransactionId: source } });
    expect(await ctx.db.select().from(schema.cardBlacklist)).toEqual([]);
    const after = await attemptOnHostedPage(shopA, CARD);
    expect((await read(after.transactionId)).status).toBe("captured");
    await expectError(remove(staff.admin, json), 404, "resource_not_found");
  });
});

describe("test settlement from the back-office", () => {
  it("settles this merchant's captured test payments only, for admins in test mode", async () => {
    const mine = await pay(shopA);
    const theirs = await pay(shopB);
    ctx.clock.advance(1000);
    const run = (who: TestStaff, headers: Record<string, string | null> = {}) =>
      post(settleTest, who, "/dashboard/payments/settle-test", {}, { back: "/dashboard/payments" }, headers);
    await expectError(run(staff.viewer, json), 403, "permission_denied");
    await expectError(run(staff.adminLive, json), 400, "parameter_invalid");
    expect((await read(mine)).status).toBe("captured");

    await expectRedirect(await run(staff.admin), "/dashboard/payments?notice=test_settled");
    expect((await read(mine)).status).toBe("settled");
    expect((await read(theirs)).status).toBe("captured");
    const entry = await lastAudit("settlement.run_test");
    expect(entry).toMatchObject({ outcome: "success", targetType: "settlement", mode: "test" });
    expect((entry!.details as { settled: number }).settled).toBeGreaterThanOrEqual(1);
    // Settled now, so refundable from the back-office.
    await act(refund, "refund", staff.admin, mine, { amount: "2.00" });
    expect(await read(mine)).toMatchObject({ status: "partially_refunded", refundedAmount: 200 });
  });
});

async function createToken(merchant: CreatedMerchant, number: string): Promise<string> {
  const { createCardToken } = await import("@jeton/core");
  const token = await createCardToken(ctx, { merchantId: merchant.merchantId, mode: "test", card: { number, expMonth: 12, expYear: 2030, cvc: "123" } });
  return token.cardTokenId;
}

/** The hosted page's card form, posted as the browser does. */
async function attemptOnHostedPage(merchant: CreatedMerchant, number: string): Promise<{ location: string; transactionId: string }> {
  const request = await createPaymentRequest(ctx, {
    merchantId: merchant.merchantId,
    mode: "test",
    input: { amount: 1800, currency: "EUR", returnUrl: `${merchant.returnUrls[0]}r` },
  });
  const form = new URLSearchParams({ number, exp: "12/30", cvc: "123", lang: "en", surface: "redirect" });
  const response = await handlePaymentAttempt(
    new Request(`https://pay.example/pay/${request.id}/attempt`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://pay.example", "sec-fetch-site": "same-origin" },
      body: form,
    }),
    ctx,
    { id: request.id },
  );
  expect(response.status).toBe(303);
  const location = response.headers.get("location")!;
  const transactionId = new URL(location).searchParams.get("tx");
  if (!transactionId) throw new Error(`no attempt in ${location}`);
  const [row] = await ctx.db
    .select({ id: schema.transactions.id })
    .from(schema.transactions)
    .where(and(eq(schema.transactions.id, transactionId), eq(schema.transactions.paymentRequestId, request.id)));
  expect(row).toBeDefined();
  return { location, transactionId };
}
