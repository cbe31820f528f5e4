/*
 * Request fuzzing (fast-check) of every POST of the API, through the real
 * handlers on a real database: whatever the body (any JSON, mutated valid
 * bodies, wrong types, huge or odd Unicode strings, deep nesting, broken
 * JSON) and whatever the path id, the answer is never a 5xx; a 4xx is the
 * error envelope with a catalog code the operation documents; and a refused
 * request leaves every table as it was.
 */
import {
  cancelPaymentRequest,
  createCardToken,
  createCustomer,
  createMerchant,
  createPaymentRequest,
  createSubscription,
  createRiskRule,
  listRiskRules,
  errorCatalog,
  settleTransactions,
  submitPaymentAttempt,
  type CreatedMerchant,
  type ErrorCode,
} from "@jeton/core";
import { createCustomerWithChargeableCard, payWithTestCard } from "@jeton/core/testing";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleCreateCardToken } from "@/app/api/v1/card-tokens/handler";
import { handleAddCustomerCard } from "@/app/api/v1/customers/[id]/cards/handler";
import { handleCreateCustomer } from "@/app/api/v1/customers/handler";
import { handleRedeliverEvent } from "@/app/api/v1/events/[id]/redeliver/handler";
import { handleCancelPaymentRequest } from "@/app/api/v1/payment-requests/[id]/cancel/handler";
import { handleCreatePaymentRequest } from "@/app/api/v1/payment-requests/handler";
import { handleCancelTransaction } from "@/app/api/v1/transactions/[id]/cancel/handler";
import { handleCaptureTransaction } from "@/app/api/v1/transactions/[id]/capture/handler";
import { handleCreateRefund } from "@/app/api/v1/transactions/[id]/refunds/handler";
import { handleCreateTransaction } from "@/app/api/v1/transactions/handler";
import { handleCreateWebhookEndpoint } from "@/app/api/v1/webhook-endpoints/handler";
import { handleCancelSubscription } from "@/app/api/v1/subscriptions/[id]/cancel/handler";
import { handleCreateCardUpdateLink } from "@/app/api/v1/subscriptions/[id]/card-update-link/handler";
import { handleUpdateSubscription } from "@/app/api/v1/subscriptions/[id]/handler";
import { handlePauseSubscription } from "@/app/api/v1/subscriptions/[id]/pause/handler";
import { handleCancelInstallmentPlan } from "@/app/api/v1/installment-plans/[id]/cancel/handler";
import { handleResumeSubscription } from "@/app/api/v1/subscriptions/[id]/resume/handler";
import { handleCreateSubscription } from "@/app/api/v1/subscriptions/handler";
import { handleAdvanceTestClock } from "@/app/api/v1/test-clocks/[id]/advance/handler";
import { handleCreateTestClock } from "@/app/api/v1/test-clocks/handler";
import { handleCreateRiskRule } from "@/app/api/v1/risk-rules/handler";
import { handleUpdateRiskRule } from "@/app/api/v1/risk-rules/[id]/handler";
import { handleReorderRiskRules } from "@/app/api/v1/risk-rules/reorder/handler";
import type { AppContext } from "@/server/context";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { databaseDigest } from "@/server/testing/database-digest";
import { operationErrors, pathParameters } from "./build-openapi-document";
import { operations, type ApiOperation } from "./operations";

type Handler = (request: Request, context: AppContext, params: Record<string, string>) => Promise<Response>;

interface FuzzTarget {
  handler: Handler;
  /** Real ids for the path's parameters (the fuzzer also tries arbitrary ones). */
  params?: () => Promise<Record<string, string>>;
  /** A valid body with real ids, to mutate instead of the registry's example. */
  example?: () => Promise<Record<string, unknown>>;
}

/** 100 keeps the suite well under a minute on PGlite; FUZZ_RUNS=2000 for a deeper local hunt. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 100);

let ctx: TestContext;
let shop: CreatedMerchant;

/**
 * One entry per POST operation of the registry: a new POST fails the
 * "covers every POST" test below until it gets its entry here.
 */
const targets: Record<string, FuzzTarget> = {
  createCardToken: { handler: handleCreateCardToken as Handler },
  createPaymentRequest: { handler: handleCreatePaymentRequest as Handler },
  cancelPaymentRequest: {
    handler: handleCancelPaymentRequest as Handler,
    params: async () => ({ id: (await openPaymentRequest()).id }),
  },
  createWebhookEndpoint: { handler: handleCreateWebhookEndpoint as Handler },
  createTransaction: {
    handler: handleCreateTransaction as Handler,
    example: async () => ({ amount: 2500, currency: "EUR", cardTokenId: await cardToken(), merchantReference: "fuzz" }),
  },
  captureTransaction: { handler: handleCaptureTransaction as Handler, params: async () => ({ id: await paidTransaction("manual") }) },
  cancelTransaction: { handler: handleCancelTransaction as Handler, params: async () => ({ id: await paidTransaction("automatic") }) },
  createRefund: {
    handler: handleCreateRefund as Handler,
    params: async () => {
      const id = await paidTransaction("automatic");
      ctx.clock.advance(1000);
      await settleTransactions(ctx, {});
      return { id };
    },
  },
  createCustomer: {
    handler: handleCreateCustomer as Handler,
    example: async () => ({ email: "ada@example.com", name: "Ada", cardTokenId: await cardToken() }),
  },
  addCustomerCard: {
    handler: handleAddCustomerCard as Handler,
    params: async () => ({ id: (await createCustomer(ctx, { merchantId: shop.merchantId, mode: "test", input: { email: "bob@example.com" } })).id }),
    example: async () => ({ cardTokenId: await cardToken() }),
  },
  createSubscription: {
    handler: handleCreateSubscription as Handler,
    example: async () => {
      const { customerId, cardId } = await chargeableCard();
      return { customerId, cardId, amount: 1990, currency: "EUR", interval: "month", trialDays: 7 };
    },
  },
  updateSubscription: { handler: handleUpdateSubscription as Handler, params: async () => ({ id: await subscription() }) },
  cancelSubscription: { handler: handleCancelSubscription as Handler, params: async () => ({ id: await subscription() }) },
  pauseSubscription: { handler: handlePauseSubscription as Handler, params: async () => ({ id: await subscription() }) },
  resumeSubscription: { handler: handleResumeSubscription as Handler, params: async () => ({ id: await subscription() }) },
  cancelInstallmentPlan: { handler: handleCancelInstallmentPlan as Handler, params: async () => ({ id: await installmentPlan() }) },
  createTestClock: { handler: handleCreateTestClock as Handler },
  createCardUpdateLink: {
    handler: handleCreateCardUpdateLink as Handler,
    params: async () => ({ id: await subscription(true) }),
    example: async () => ({ returnUrl: "https://shop.example/return" }),
  },
  advanceTestClock: {
    handler: handleAdvanceTestClock as Handler,
    params: async () => ({ id: (await chargeableCard(new Date("2027-01-31T10:00:00Z"))).testClockId! }),
    example: async () => ({ to: "2027-03-01T00:00:00Z" }),
  },
  createRiskRule: { handler: handleCreateRiskRule as Handler },
  updateRiskRule: {
    handler: handleUpdateRiskRule as Handler,
    params: async () => ({ id: (await riskRule()).id }),
    example: async () => ({ name: "Fuzzed", conditions: [{ type: "velocity", metric: "attempts", per: "ip", windowMinutes: 10, atLeast: 5 }], action: "block", score: 10, enabled: true }),
  },
  reorderRiskRules: {
    handler: handleReorderRiskRules as Handler,
    example: async () => {
      await riskRule();
      return { ids: (await listRiskRules(ctx, { merchantId: shop.merchantId, mode: "test" })).data.map((rule) => rule.id) };
    },
  },
  redeliverEvent: {
    handler: handleRedeliverEvent as Handler,
    params: async () => {
      const { id } = await openPaymentRequest();
      await cancelPaymentRequest(ctx, { merchantId: shop.merchantId, mode: "test", id, publicUrl: ctx.config.publicUrl });
      const [event] = await ctx.db.select({ id: schema.events.id }).from(schema.events).where(eq(schema.events.objectId, id));
      return { id: event!.id };
    },
  },
};

function chargeableCard(frozenTime?: Date) {
  return createCustomerWithChargeableCard(ctx, { merchantId: shop.merchantId, ...(frozenTime ? { frozenTime } : {}) });
}

/** A subscription in its trial (nothing charged yet), or with a first charge declined and waiting for a retry (`due`). */
async function subscription(due = false): Promise<string> {
  const { customerId, cardId, scope } = due ? await createCustomerWithChargeableCard(ctx, { merchantId: shop.merchantId, number: "4000000000009995" }) : await chargeableCard();
  return (await createSubscription(ctx, { scope, input: { customerId, cardId, amount: 990, currency: "EUR", interval: "month", ...(due ? {} : { trialDays: 30 }) } })).id;
}
/** An active instalment plan: the first of three instalments paid on the hosted page. */
async function installmentPlan(): Promise<string> {
  const request = await createPaymentRequest(ctx, {
    merchantId: shop.merchantId,
    mode: "test",
    publicUrl: ctx.config.publicUrl,
    input: { amount: 9000, currency: "EUR", returnUrl: "https://shop.example/return", installments: { count: 3, interval: "month" } },
  });
  await submitPaymentAttempt(ctx, { paymentRequestId: request.id, card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" }, challengeWindowSize: "05" });
  return (await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, request.id)))[0]!.installmentPlanId!;
}
function riskRule() {
  const input = { name: "Fuzz target", conditions: [{ type: "card_funding", in: ["prepaid"] }], action: "review" };
  return createRiskRule(ctx, { merchantId: shop.merchantId, mode: "test" }, input, { userId: null, actorEmail: "fuzz" });
}

function openPaymentRequest() {
  return createPaymentRequest(ctx, {
    merchantId: shop.merchantId,
    mode: "test",
    publicUrl: ctx.config.publicUrl,
    input: { amount: 1000, currency: "EUR", returnUrl: "https://shop.example/return" },
  });
}

async function cardToken(): Promise<string> {
  const card = { number: "4242424242424242", expMonth: "12", expYear: String(new Date().getFullYear() + 3), cvc: "123" };
  return (await createCardToken(ctx, { merchantId: shop.merchantId, mode: "test", card })).cardTokenId;
}

/** A payment made on the hosted page with 4242: `authorized` (manual) or `captured` (automatic). */
async function paidTransaction(captureMode: "manual" | "automatic"): Promise<string> {
  return (await payWithTestCard(ctx, { merchantId: shop.merchantId, returnUrl: "https://shop.example/r", captureMode })).id;
}

// ── Arbitraries ───────────────────────────────────────────────────────────
const hugeString = fc.integer({ min: 1_000, max: 40_000 }).chain((length) => fc.constantFrom("x", "é", "💳", "\u0000").map((unit) => unit.repeat(length)));
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: "binary", maxLength: 64 }),
  fc.string({ unit: "grapheme", maxLength: 64 }),
  hugeString,
  fc.double(),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(-1, 0, 0.5, 2 ** 53, 1e308, -0, "", " ", "0", "null", "true", "EUR", "4242424242424242", [], {}, null, true, false),
  fc.constantFrom("https://evil.example/", "http://shop.example/return", "javascript:alert(1)", "//shop.example", "https://shop.example.evil.com/"),
);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every field path of a body, nested ones included: `[["card"], ["card", "number"], …]`. */
function fieldPaths(value: Record<string, unknown>, prefix: string[] = []): string[][] {
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...(isPlainObject(child) ? fieldPaths(child, [...prefix, key]) : [])]);
}

function mutate(example: Record<string, unknown>, changes: { path: string[]; value?: unknown; remove: boolean }[]): unknown {
  const body = structuredClone(example);
  for (const { path, value, remove } of changes) {
    let node: Record<string, unknown> = body;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      node = node[key] = isPlainObject(next) ? next : {};
    }
    const last = path[path.length - 1]!;
    if (remove) delete node[last];
    else node[last] = value;
  }
  return body;
}

function rawBody(example: Record<string, unknown>): fc.Arbitrary<string> {
  const paths = fieldPaths(example);
  const anyPath = fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 2 });
  const change = fc.record({
    path: paths.length > 0 ? fc.oneof(fc.constantFrom(...paths), anyPath) : anyPath,
    value: oddValue,
    remove: fc.boolean(),
  });
  const mutated = fc.array(change, { minLength: 1, maxLength: 3 }).map((changes) => JSON.stringify(mutate(example, changes)));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(JSON.stringify(example)) },
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? "") },
    { weight: 1, arbitrary: fc.object({ maxDepth: 2 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 5_000 }).map((depth) => `{"a":${"[".repeat(depth)}${"]".repeat(depth)}}`) },
    { weight: 1, arbitrary: mutated.map((text) => text.slice(0, Math.floor(text.length / 2))) },
  );
}

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  { weight: 1, arbitrary: fc.constantFrom("application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "") },
);

// ── The property ──────────────────────────────────────────────────────────
function fuzz(operation: ApiOperation, target: FuzzTarget) {
  return async () => {
    const realParams = (await target.params?.()) ?? {};
    const example = (await target.example?.()) ?? operation.bodyExample ?? { anything: true };
    const names = pathParameters(operation.path);
    const params = fc.record(
      Object.fromEntries(names.map((name) => [name, fc.oneof({ weight: 3, arbitrary: fc.constant(realParams[name]!) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) })])),
    ) as fc.Arbitrary<Record<string, string>>;
    const key = operation.auth === "publishable" ? shop.keys.test.publishableKey : shop.keys.test.secretKey;
    const documented = new Set<ErrorCode>(operationErrors(operation));
    let baseline = await databaseDigest(ctx.handle);

    await fc.assert(
      fc.asyncProperty(rawBody(example), contentType, params, async (body, type, pathParams) => {
        // PGlite answers without returning to the event loop: yield once per run, or vitest's worker cannot
        // read the runner's replies and, past 60 s, fails the file with "Timeout calling onTaskUpdate".
        await new Promise((resolve) => setImmediate(resolve));
        const url = `http://localhost${operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(pathParams[name]!))}`;
        const headers: Record<string, string> = { authorization: `Bearer ${key}` };
        if (type) headers["content-type"] = type;
        const response = await ctx.respond(target.handler(new Request(url, { method: operation.method, headers, body }), ctx, pathParams));
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        if (response.status < 400) {
          // The registry's example shows exactly the fields the answer has.
          expect(response.status).toBe(operation.response.status);
          expect(Object.keys(JSON.parse(text)).sort()).toEqual(Object.keys(operation.response.example as object).sort());
          baseline = await databaseDigest(ctx.handle);
          return;
        }
        const { error } = JSON.parse(text) as { error: { code: ErrorCode; type: string; message: string } };
        expect(Object.keys(errorCatalog)).toContain(error.code);
        expect(errorCatalog[error.code]).toMatchObject({ status: response.status, type: error.type });
        expect(documented, `${operation.operationId} answered ${error.code}, which operations.ts does not list`).toContain(error.code);
        expect(typeof error.message).toBe("string");
        if (error.code === "card_declined") {
          // A refused payment is recorded on purpose (the envelope names its transaction).
          baseline = await databaseDigest(ctx.handle);
          return;
        }
        expect(await databaseDigest(ctx.handle)).toEqual(baseline);
      }),
      { numRuns: NUM_RUNS },
    );
    expect(ctx.logs()).not.toContain("unhandled error");
  };
}

beforeAll(async () => {
  ctx = await createTestContext({
    JETON_PUBLIC_URL: "https://pay.example",
    // Fuzzing is about parsing, not the tokenization rate limit (its own tests cover it).
    JETON_TOKENIZE_LIMIT_PER_IP: "1000000",
    JETON_TOKENIZE_LIMIT_PER_KEY: "1000000",
  });
  shop = await createMerchant(ctx, { name: "Fuzz Shop", origins: ["https://shop.example"], returnUrls: ["https://shop.example/"] });
});
afterAll(async () => {
  await ctx?.handle.close();
});

const posts = operations.filter((operation) => operation.method === "POST");

describe("fuzzing every POST body", () => {
  it("covers every POST of the registry", () => {
    expect(posts.map((operation) => operation.operationId).filter((id) => !(id in targets))).toEqual([]);
  });

  for (const operation of posts) {
    const target = targets[operation.operationId];
    if (target) it(`${operation.method} ${operation.path}: never a 5xx, a documented 4xx envelope, nothing written`, fuzz(operation, target));
  }
});
