/*
 * The contract test: every operation of the registry, called through its real
 * route.ts on a real database, in each successful case and at least one error
 * case; every answer (status, content type and body) is validated against the
 * OpenAPI document with ajv (JSON Schema 2020-12). The views' schemas forbid
 * fields they do not name, so a field added to a view but not to the document,
 * or the reverse, fails here. Every event recorded along the way is checked
 * against the document's `webhooks` section.
 *
 * A new operation fails "covers every operation" until it gets its cases below.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  cancelPaymentRequest,
  createAttemptChallenge,
  createCardToken,
  createCustomer,
  createPaymentRequest,
  createRiskRule,
  createWebhookEndpoint,
  guardCardAttempt,
  listRiskRules,
  raiseDeclineRateAlerts,
  settleTransactions,
  type CreatedMerchant,
} from "@jeton/core";
import { createSubscription, submitPaymentAttempt } from "@jeton/core";
import { solveAttemptChallenge } from "@jeton/core/card-testing/solve-attempt-challenge";
import { createCustomerWithChargeableCard, payWithTestCard } from "@jeton/core/testing";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { buildOpenApiDocument } from "./build-openapi-document";
import { documentValidator } from "./document-validator";
import { operations, type ApiOperation } from "./operations";

let ctx: TestContext;
vi.mock("@/server/context", async (original) => ({
  ...(await original<object>()),
  getContext: async () => ctx,
  getRuntime: () => ({ ready: Promise.resolve(), handle: ctx.handle }),
}));

let shop: CreatedMerchant;
const SHOP_ORIGIN = "https://shop-a.example";
const appDir = fileURLToPath(new URL("../../", import.meta.url));
type RouteMethod = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** One call: the path's ids, the body or query, the key; and the status it must answer. */
interface Call {
  params?: Record<string, string>;
  body?: unknown;
  query?: Record<string, string>;
  key?: "secret" | "publishable" | "none";
  headers?: Record<string, string>;
  status: number;
}
type Cases = { success: (() => Promise<Call>)[]; error: (() => Promise<Call>)[] };

const test = () => ({ merchantId: shop.merchantId, mode: "test" as const });
const unknownId = (prefix: string) => `${prefix}_${"0".repeat(22)}`;

async function cardToken(number = "4242424242424242"): Promise<string> {
  const card = { number, expMonth: "12", expYear: String(new Date().getFullYear() + 3), cvc: "123" };
  return (await createCardToken(ctx, { ...test(), card })).cardTokenId;
}
const paid = (captureMode: "manual" | "automatic") => payWithTestCard(ctx, { merchantId: shop.merchantId, returnUrl: `${SHOP_ORIGIN}/r`, captureMode });
async function settled(): Promise<string> {
  const { id } = await paid("automatic");
  ctx.clock.advance(1000);
  await settleTransactions(ctx, {});
  return id;
}
const openPaymentRequest = () => createPaymentRequest(ctx, { ...test(), publicUrl: ctx.config.publicUrl, input: { amount: 1000, currency: "EUR", returnUrl: `${SHOP_ORIGIN}/r` } });
const customerWithCard = async () => createCustomer(ctx, { ...test(), input: { email: "ada@example.com", cardTokenId: await cardToken() } });
async function eventId(): Promise<string> {
  const { id } = await openPaymentRequest();
  await cancelPaymentRequest(ctx, { ...test(), id, publicUrl: ctx.config.publicUrl });
  const [event] = await ctx.db.select({ id: schema.events.id }).from(schema.events).where(eq(schema.events.objectId, id));
  return event!.id;
}
const endpoint = () => createWebhookEndpoint(ctx, { ...test(), url: "https://shop-a.example/webhooks" });
/** A customer on a test clock with a card the merchant may charge alone (consent and a first payment). */
const chargeable = (number = "4242424242424242") => createCustomerWithChargeableCard(ctx, { merchantId: shop.merchantId, number, frozenTime: new Date("2027-01-31T10:00:00Z") });
/** A subscription: active and paid (default), or with its first charge declined and waiting for a retry. */
async function subscription(declined = false): Promise<string> {
  const card = await chargeable(declined ? "4000000000009995" : "4242424242424242");
  return (await createSubscription(ctx, { scope: test(), input: { customerId: card.customerId, cardId: card.cardId, amount: 990, currency: "EUR", interval: "month", metadata: { plan: "basic" } } })).id;
}
async function installmentPlanId(): Promise<string> {
  const request = await createPaymentRequest(ctx, { ...test(), input: { amount: 9000, currency: "EUR", returnUrl: `${SHOP_ORIGIN}/r`, installments: { count: 3, interval: "month" } } });
  await submitPaymentAttempt(ctx, { paymentRequestId: request.id, card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" }, challengeWindowSize: "05" });
  const [row] = await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, request.id));
  return row!.installmentPlanId!;
}
/** A rule no payment of these cases matches (JCB cards only), so it changes no other case's outcome. */
const harmlessRule = { name: "Review JCB", conditions: [{ type: "card_brand", in: ["jcb"] }], action: "review", score: 10 };
const riskRule = () => createRiskRule(ctx, test(), harmlessRule, null);
/** Holds payments over 900.00 EUR for review (amounts the other cases never use): `review.opened` and `risk.review` get checked too. */
const REVIEW_OVER = 90_000;
let reviewRule: Promise<unknown> | undefined;
const reviewBigPayments = () =>
  (reviewRule ??= createRiskRule(ctx, test(), { name: "Review big payments", conditions: [{ type: "amount", scope: "transaction", currency: "EUR", over: REVIEW_OVER }], action: "review" }, null));

/** Card-testing thresholds of this file: per card, a challenge past 3 attempts, a block past 6 (the other dimensions stay out of the way). */
const CARD_TESTING = { JETON_CARD_TESTING_CHALLENGE_PER_CARD: "3", JETON_CARD_TESTING_BLOCK_PER_CARD: "6", JETON_CARD_TESTING_POW_MAX_NUMBER: "1000" };
/** A card body for `number`, tried `earlier` times before (counted as the route counts them). */
async function triedCard(number: string, earlier: number): Promise<{ number: string; expMonth: number; expYear: number; cvc: string }> {
  for (let i = 0; i < earlier; i++) {
    await guardCardAttempt({ ...ctx, cardTesting: ctx.config.cardTesting }, { ip: "192.0.2.9", cardNumber: number, via: { publishableKey: null }, solution: null }).catch(() => undefined);
  }
  return { number, expMonth: 12, expYear: new Date().getFullYear() + 3, cvc: "123" };
}
async function solvedChallenge(): Promise<string> {
  return (await solveAttemptChallenge(await createAttemptChallenge(ctx, { maxNumber: ctx.config.cardTesting.powMaxNumber })))!;
}

const cases: Record<string, Cases> = {
  createCardToken: {
    success: [
      async () => ({ key: "publishable", headers: { origin: SHOP_ORIGIN }, body: { card: { number: "4242424242424242", expMonth: 12, expYear: new Date().getFullYear() + 3, cvc: "123" } }, status: 201 }),
      // Past the card's challenge threshold, with a solved challenge.
      async () => ({ key: "publishable", headers: { origin: SHOP_ORIGIN }, body: { card: await triedCard("5555555555554444", 3), challengeSolution: await solvedChallenge() }, status: 201 }),
    ],
    error: [
      // Past the challenge threshold without a solution: 428 with the challenge; past the block threshold: 429.
      async () => ({ key: "publishable", headers: { origin: SHOP_ORIGIN }, body: { card: await triedCard("4000056655665556", 3) }, status: 428 }),
      async () => ({ key: "publishable", headers: { origin: SHOP_ORIGIN }, body: { card: await triedCard("378282246310005", 6), challengeSolution: await solvedChallenge() }, status: 429 }),
      async () => ({ key: "publishable", body: { card: { number: "4242424242424241", expMonth: 12, expYear: 2099, cvc: "123" } }, status: 402 }),
      async () => ({ key: "publishable", headers: { origin: "https://evil.example" }, body: { card: { number: "4242424242424242", expMonth: 12, expYear: 2099, cvc: "123" } }, status: 403 }),
      async () => ({ key: "secret", body: {}, status: 401 }),
    ],
  },
  getCardToken: {
    success: [async () => ({ params: { id: await cardToken() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("ctok") }, status: 404 }), async () => ({ key: "none", params: { id: unknownId("ctok") }, status: 401 })],
  },
  createPaymentRequest: {
    success: [
      async () => ({ body: { amount: 2500, currency: "EUR", returnUrl: `${SHOP_ORIGIN}/return`, description: "T-shirt", customerEmail: "ada@example.com" }, status: 201 }),
      // Push & Pay: the answer lists the queued messages.
      async () => ({ body: { amount: 2500, currency: "EUR", returnUrl: `${SHOP_ORIGIN}/return`, sendTo: { email: "ada@example.com", phone: "+33612345678" } }, status: 201 }),
    ],
    error: [
      async () => ({ body: { amount: 2500, currency: "EUR", returnUrl: `${SHOP_ORIGIN}/return`, sendTo: { phone: "0612345678" } }, status: 400 }),
      async () => ({ body: { amount: -1, currency: "EUR", returnUrl: `${SHOP_ORIGIN}/return` }, status: 400 }),
      async () => ({ body: { amount: 2500, currency: "EUR", returnUrl: "https://elsewhere.example/return" }, status: 400 }),
    ],
  },
  listPaymentRequests: {
    success: [
      async () => (await openPaymentRequest(), { query: { limit: "2" }, status: 200 }),
      async () => (await openPaymentRequest(), { query: { status: "open,expired" }, status: 200 }),
      async () => ({ query: { "metadata[orderId]": "1042" }, status: 200 }),
    ],
    error: [
      async () => ({ query: { "metadata[]": "x" }, status: 400 }),
      async () => ({ query: { status: "paid" }, status: 400 }),
      async () => ({ query: { startingAfter: unknownId("pr") }, status: 404 }),
      async () => ({ key: "publishable", status: 401 }),
    ],
  },
  getPaymentRequest: {
    success: [async () => ({ params: { id: (await openPaymentRequest()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("pr") }, status: 404 })],
  },
  cancelPaymentRequest: {
    success: [async () => ({ params: { id: (await openPaymentRequest()).id }, status: 200 })],
    error: [
      async () => {
        const { id } = await openPaymentRequest();
        await cancelPaymentRequest(ctx, { ...test(), id, publicUrl: ctx.config.publicUrl });
        return { params: { id }, status: 409 };
      },
    ],
  },
  createTransaction: {
    success: [
      async () => ({ body: { amount: 2500, currency: "EUR", cardTokenId: await cardToken(), merchantReference: "order-1" }, status: 201 }),
      async () => ({ body: { amount: 2500, currency: "EUR", cardTokenId: await cardToken("4000000000003220") }, status: 201 }),
      // Held for review by a merchant rule: the answer carries the risk assessment with its open review.
      async () => (await reviewBigPayments(), { body: { amount: REVIEW_OVER + 100, currency: "EUR", cardTokenId: await cardToken(), captureMode: "manual" }, status: 201 }),
    ],
    error: [
      async () => ({ body: { amount: 2500, currency: "EUR", cardTokenId: await cardToken("4000000000000002") }, status: 402 }),
      async () => ({ body: { amount: 2500, currency: "EUR", cardTokenId: unknownId("ctok") }, status: 404 }),
      async () => ({ body: { amount: "2500" }, status: 400 }),
    ],
  },
  listTransactions: {
    success: [async () => ({ query: { limit: "2" }, status: 200 }), async () => ({ query: { status: "captured" }, status: 200 })],
    error: [async () => ({ query: { limit: "1000" }, status: 400 }), async () => ({ query: { startingAfter: unknownId("tx") }, status: 404 })],
  },
  getTransaction: {
    success: [async () => ({ params: { id: await settled() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("tx") }, status: 404 })],
  },
  captureTransaction: {
    success: [async () => ({ params: { id: (await paid("manual")).id }, body: { amount: 500 }, status: 200 })],
    error: [async () => ({ params: { id: (await paid("automatic")).id }, body: {}, status: 409 })],
  },
  cancelTransaction: {
    success: [async () => ({ params: { id: (await paid("automatic")).id }, status: 200 })],
    error: [async () => ({ params: { id: await settled() }, status: 409 })],
  },
  createRefund: {
    success: [async () => ({ params: { id: await settled() }, body: { amount: 100, reason: "damaged item" }, status: 201 })],
    error: [async () => ({ params: { id: await settled() }, body: { amount: 10_000_000 }, status: 400 })],
  },
  listRefunds: {
    success: [async () => ({ params: { id: await settled() }, status: 200 }), async () => ({ params: { id: await settled() }, query: { "metadata[reason]": "damaged" }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("tx") }, status: 404 }), async () => ({ params: { id: await settled() }, query: { [`metadata[${"k".repeat(41)}]`]: "v" }, status: 400 })],
  },
  getTransactionStatus: {
    success: [
      async () => {
        const response = await call(operationById("createTransaction"), { body: { amount: 2500, currency: "EUR", cardTokenId: await cardToken("4000000000003220") }, status: 201 });
        const { id, clientSecret } = response as { id: string; clientSecret: string };
        return { key: "none", params: { id }, query: { client_secret: clientSecret }, headers: { origin: SHOP_ORIGIN }, status: 200 };
      },
    ],
    error: [async () => ({ key: "none", params: { id: unknownId("tx") }, query: { client_secret: `${unknownId("tx")}_secret_${"0".repeat(64)}` }, status: 403 })],
  },
  createCustomer: {
    success: [
      async () => ({ body: { email: "ada@example.com", name: "Ada", cardTokenId: await cardToken() }, status: 201 }),
      async () => ({ body: { email: "bob@example.com" }, status: 201 }),
    ],
    error: [async () => ({ body: { email: "ada@example.com", cardTokenId: unknownId("ctok") }, status: 404 })],
  },
  listCustomers: {
    success: [async () => ({ query: { limit: "1" }, status: 200 })],
    error: [async () => ({ query: { limit: "zero" }, status: 400 })],
  },
  getCustomer: {
    success: [async () => ({ params: { id: (await customerWithCard()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("cus") }, status: 404 })],
  },
  deleteCustomer: {
    success: [async () => ({ params: { id: (await customerWithCard()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("cus") }, status: 404 })],
  },
  addCustomerCard: {
    success: [async () => ({ params: { id: (await customerWithCard()).id }, body: { cardTokenId: await cardToken() }, status: 201 })],
    error: [async () => ({ params: { id: (await customerWithCard()).id }, body: { cardTokenId: unknownId("ctok") }, status: 404 })],
  },
  listCustomerCards: {
    success: [async () => ({ params: { id: (await customerWithCard()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("cus") }, status: 404 })],
  },
  deleteCustomerCard: {
    success: [
      async () => {
        const customer = await customerWithCard();
        return { params: { id: customer.id, cardId: customer.cards[0]!.id }, status: 200 };
      },
    ],
    error: [async () => ({ params: { id: (await customerWithCard()).id, cardId: unknownId("card") }, status: 404 })],
  },
  createWebhookEndpoint: {
    success: [async () => ({ body: { url: "https://shop-a.example/webhooks/jeton", events: ["transaction.captured"] }, status: 201 })],
    error: [async () => ({ body: { url: "http://127.0.0.1/hook" }, status: 400 })],
  },
  listWebhookEndpoints: {
    success: [async () => (await endpoint(), { status: 200 }), async () => ({ query: { "metadata[team]": "ops" }, status: 200 })],
    error: [async () => ({ key: "none", status: 401 }), async () => ({ query: { metadata: "ops" }, status: 400 })],
  },
  getWebhookEndpoint: {
    success: [async () => ({ params: { id: (await endpoint()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("we") }, status: 404 })],
  },
  deleteWebhookEndpoint: {
    success: [async () => ({ params: { id: (await endpoint()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("we") }, status: 404 })],
  },
  listEvents: {
    success: [async () => (await eventId(), { query: { limit: "1" }, status: 200 })],
    error: [async () => ({ query: { startingAfter: unknownId("evt") }, status: 404 })],
  },
  getEvent: {
    success: [async () => ({ params: { id: await eventId() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("evt") }, status: 404 })],
  },
  listEventDeliveries: {
    success: [async () => (await endpoint(), { params: { id: await eventId() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("evt") }, status: 404 })],
  },
  redeliverEvent: {
    success: [async () => (await endpoint(), { params: { id: await eventId() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("evt") }, status: 404 })],
  },
  createSubscription: {
    success: [
      async () => {
        const card = await chargeable();
        return { body: { customerId: card.customerId, cardId: card.cardId, amount: 1990, currency: "EUR", interval: "month", merchantReference: "plan-pro", metadata: { plan: "pro" } }, status: 201 };
      },
      async () => {
        const card = await chargeable();
        return { body: { customerId: card.customerId, cardId: card.cardId, amount: 500, currency: "TND", interval: "week", intervalCount: 2, trialDays: 14, endAfterCycles: 6 }, status: 201 };
      },
    ],
    error: [
      async () => {
        const card = await chargeable();
        return { body: { customerId: card.customerId, cardId: card.cardId, amount: 1990, currency: "EUR", interval: "month", intervalCount: 13 }, status: 400 };
      },
      async () => ({ body: { customerId: unknownId("cus"), cardId: unknownId("card"), amount: 1990, currency: "EUR", interval: "month" }, status: 404 }),
    ],
  },
  listSubscriptions: {
    success: [async () => (await subscription(), { query: { limit: "2" }, status: 200 })],
    error: [async () => ({ query: { status: "sleeping" }, status: 400 })],
  },
  getSubscription: {
    success: [async () => ({ params: { id: await subscription() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("sub") }, status: 404 })],
  },
  updateSubscription: {
    success: [async () => ({ params: { id: await subscription() }, body: { amount: 2490, description: "Pro plan" }, status: 200 })],
    error: [async () => ({ params: { id: await subscription() }, body: { amount: 0 }, status: 400 })],
  },
  cancelSubscription: {
    success: [async () => ({ params: { id: await subscription() }, body: { atPeriodEnd: true }, status: 200 }), async () => ({ params: { id: await subscription() }, body: {}, status: 200 })],
    error: [
      async () => {
        const id = await subscription();
        await call(operationById("cancelSubscription"), { params: { id }, body: {}, status: 200 });
        return { params: { id }, body: {}, status: 409 };
      },
    ],
  },
  pauseSubscription: {
    success: [async () => ({ params: { id: await subscription() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("sub") }, status: 404 })],
  },
  resumeSubscription: {
    success: [
      async () => {
        const id = await subscription();
        await call(operationById("pauseSubscription"), { params: { id }, status: 200 });
        return { params: { id }, status: 200 };
      },
    ],
    error: [async () => ({ params: { id: await subscription() }, status: 409 })],
  },
  listSubscriptionCharges: {
    success: [async () => ({ params: { id: await subscription(true) }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("sub") }, status: 404 })],
  },
  createCardUpdateLink: {
    success: [async () => ({ params: { id: await subscription(true) }, body: { returnUrl: `${SHOP_ORIGIN}/billing` }, status: 201 })],
    error: [async () => ({ params: { id: await subscription() }, body: { returnUrl: `${SHOP_ORIGIN}/billing` }, status: 409 })],
  },
  getInstallmentPlan: {
    success: [async () => ({ params: { id: await installmentPlanId() }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("ipl") }, status: 404 })],
  },
  createTestClock: {
    success: [async () => ({ body: { frozenTime: "2027-01-31T10:00:00Z", name: "annual plan" }, status: 201 })],
    error: [async () => ({ body: { frozenTime: "yesterday" }, status: 400 })],
  },
  getTestClock: {
    success: [async () => ({ params: { id: (await chargeable()).testClockId! }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("clk") }, status: 404 })],
  },
  advanceTestClock: {
    success: [
      async () => {
        const card = await chargeable();
        await createSubscription(ctx, { scope: test(), input: { customerId: card.customerId, cardId: card.cardId, amount: 990, currency: "EUR", interval: "month" } });
        return { params: { id: card.testClockId! }, body: { to: "2027-04-01T00:00:00Z" }, status: 200 };
      },
    ],
    error: [async () => ({ params: { id: (await chargeable()).testClockId! }, body: { to: "2026-01-01T00:00:00Z" }, status: 400 })],
  },
  listRiskRules: {
    success: [async () => (await riskRule(), { status: 200 })],
    error: [async () => ({ key: "none", status: 401 })],
  },
  createRiskRule: {
    success: [async () => ({ body: harmlessRule, status: 201 }), async () => ({ body: { name: "Score only", conditions: [{ type: "card_brand", in: ["jcb"] }, { type: "card_first_seen" }], score: 5 }, status: 201 })],
    error: [
      // Malformed: 400 naming the field, nothing stored.
      async () => ({ body: { name: "Too long a window", conditions: [{ type: "velocity", metric: "attempts", per: "card", windowMinutes: 10_000_000, atLeast: 3 }], action: "block" }, status: 400 }),
      async () => ({ body: { name: "No conditions", conditions: [], action: "block" }, status: 400 }),
    ],
  },
  getRiskRule: {
    success: [async () => ({ params: { id: (await riskRule()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("rr") }, status: 404 })],
  },
  updateRiskRule: {
    success: [async () => ({ params: { id: (await riskRule()).id }, body: { enabled: false }, status: 200 })],
    error: [
      async () => ({ params: { id: unknownId("rr") }, body: { enabled: false }, status: 404 }),
      async () => ({ params: { id: (await riskRule()).id }, body: { conditions: [{ type: "card_country", in: ["france"] }] }, status: 400 }),
    ],
  },
  deleteRiskRule: {
    success: [async () => ({ params: { id: (await riskRule()).id }, status: 200 })],
    error: [async () => ({ params: { id: unknownId("rr") }, status: 404 })],
  },
  reorderRiskRules: {
    success: [
      async () => {
        await riskRule();
        const { data } = await listRiskRules(ctx, test());
        return { body: { ids: data.map((rule) => rule.id).reverse() }, status: 200 };
      },
    ],
    error: [async () => ({ body: { ids: [unknownId("rr")] }, status: 400 })],
  },
  getOpenApiDocument: { success: [async () => ({ key: "none", status: 200 })], error: [] },
  getHealth: { success: [async () => ({ key: "none", status: 200 })], error: [] },
  getReadiness: { success: [async () => ({ key: "none", status: 200 })], error: [] },
  getJwks: { success: [async () => ({ key: "none", status: 200 })], error: [] },
};

/** Public documents answer no error a client could cause: they take no input. */
const NO_ERROR_CASE = new Set(["getOpenApiDocument", "getHealth", "getReadiness", "getJwks"]);

function operationById(operationId: string): ApiOperation {
  return operations.find((operation) => operation.operationId === operationId)!;
}

const document = buildOpenApiDocument({ publicUrl: "https://pay.example" });
const validator = documentValidator(document);

/** Calls the operation's route.ts; checks the answer against the document; returns the body. */
async function call(operation: ApiOperation, { params = {}, body, query, key = operation.auth === "publishable" ? "publishable" : "secret", headers = {}, status }: Call): Promise<unknown> {
  const folder = path.join(appDir, operation.path.replace(/\{(\w+)\}/g, "[$1]"));
  const method = ((await import(/* @vite-ignore */ path.join(folder, "route.ts"))) as Record<string, RouteMethod>)[operation.method]!;
  const url = new URL(`https://pay.example${operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name] ?? ""))}`);
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
  const sent: Record<string, string> = { ...headers };
  if (key === "secret") sent.authorization = `Bearer ${shop.keys.test.secretKey}`;
  if (key === "publishable") sent.authorization = `Bearer ${shop.keys.test.publishableKey}`;
  if (body !== undefined) sent["content-type"] = "application/json";
  const response = await method(new Request(url, { method: operation.method, headers: sent, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  const where = `${operation.method} ${operation.path} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, where).toBe(status);
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!;
  const answer = JSON.parse(text) as unknown;
  expect(validator.response(operation.method, operation.path, response.status, answer, contentType), where).toEqual([]);
  return answer;
}

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example", ...CARD_TESTING }, { merchants: 1 });
  shop = ctx.merchants[0]!;
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("the API answers what its OpenAPI document says", () => {
  it("covers every operation with a success case and, where a client can cause one, an error case", () => {
    for (const operation of operations) {
      const entry = cases[operation.operationId];
      expect(entry?.success.length ?? 0, `${operation.operationId}: add its cases to contract.integration.test.ts`).toBeGreaterThan(0);
      if (!NO_ERROR_CASE.has(operation.operationId)) expect(entry!.error.length, `${operation.operationId} error case`).toBeGreaterThan(0);
    }
    expect(Object.keys(cases).filter((id) => !operations.some((operation) => operation.operationId === id))).toEqual([]);
  });

  for (const operation of operations) {
    const entry = cases[operation.operationId];
    if (!entry) continue;
    it(`${operation.method} ${operation.path}`, async () => {
      for (const make of [...entry.success, ...entry.error]) await call(operation, await make());
    });
  }

  it("answers challenge_required with a challenge that, solved, lets the same card through", async () => {
    const createCardToken = operationById("createCardToken");
    const card = await triedCard("6011111111111117", 3);
    const refused = (await call(createCardToken, { headers: { origin: SHOP_ORIGIN }, body: { card }, status: 428 })) as { error: { challenge: Parameters<typeof solveAttemptChallenge>[0] } };
    expect(refused.error.challenge).toMatchObject({ algorithm: "SHA-256", maxnumber: 1000 });
    const challengeSolution = await solveAttemptChallenge(refused.error.challenge);
    await call(createCardToken, { headers: { origin: SHOP_ORIGIN }, body: { card, challengeSolution }, status: 201 });
  });

  it("sends every recorded event as the webhooks section describes it", async () => {
    // The declined payments above are enough for a decline-rate alert at these settings.
    expect(await raiseDeclineRateAlerts(ctx, { windowMinutes: 24 * 60, minAttempts: 1, ratePercent: 1 })).toBe(1);
    const events = await ctx.db.select().from(schema.events);
    expect(new Set(events.map((event) => event.type)).size).toBeGreaterThan(8);
    expect(events.map((event) => event.type)).toContain("merchant.decline_rate_spike");
    for (const event of events) {
      const payload = { id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.data };
      expect(document.webhooks, `event type ${event.type} is missing from the webhooks section`).toHaveProperty([event.type]);
      expect(validator.webhook(event.type, payload), event.type).toEqual([]);
    }
  });
});
