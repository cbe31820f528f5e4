/*
 * Tenant isolation, for every operation of the API whose path names an id:
 * shop A's objects (made in test mode) are asked for with shop B's key, and
 * with shop A's own live key. Both answer 404 `resource_not_found` exactly
 * like an unknown id, and change nothing. The list of operations comes from
 * the registry (operations.ts), and each one is called through its real
 * route.ts, so a new route with an id is covered without editing this file
 * (it fails below until the collection of its id has a fixture).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createCardToken, createCustomer, createPaymentRequest, createRiskRule, createSubscription, createWebhookEndpoint, submitPaymentAttempt, errorCatalog, settleTransactions, type CreatedMerchant } from "@jeton/core";
import { createCustomerWithChargeableCard, payWithTestCard } from "@jeton/core/testing";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { databaseDigest } from "@/server/testing/database-digest";
import { pathParameters } from "./build-openapi-document";
import { operations, type ApiOperation } from "./operations";

let ctx: TestContext;
vi.mock("@/server/context", async (original) => ({ ...(await original<object>()), getContext: async () => ctx }));

let shopA: CreatedMerchant;
let shopB: CreatedMerchant;
/** Shop A's test-mode objects, by the collection segment that precedes their id in a path. */
const owned: Record<string, string> = {};

const appDir = fileURLToPath(new URL("../../", import.meta.url));
type RouteMethod = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function routeMethod(operation: ApiOperation): Promise<RouteMethod> {
  const folder = path.join(appDir, operation.path.replace(/\{(\w+)\}/g, "[$1]"));
  const module = (await import(/* @vite-ignore */ path.join(folder, "route.ts"))) as Record<string, RouteMethod>;
  return module[operation.method]!;
}

/** `/api/v1/customers/{id}/cards/{cardId}` → `{ id: <customer>, cardId: <card> }`. */
function ownedParams(operation: ApiOperation): Record<string, string> {
  const segments = operation.path.split("/");
  return Object.fromEntries(
    pathParameters(operation.path).map((name) => {
      const collection = segments[segments.indexOf(`{${name}}`) - 1]!;
      const id = owned[collection];
      if (!id) throw new Error(`no fixture for a ${collection} id: add one to the beforeAll of tenant-isolation.integration.test.ts`);
      return [name, id];
    }),
  );
}

/** A body that is valid for the caller, so that only the id in the path can be wrong. */
async function bodyFor(operation: ApiOperation, caller: { merchantId: string; mode: "test" | "live" }): Promise<unknown> {
  if (operation.operationId === "addCustomerCard") return { cardTokenId: await tokenize(caller) };
  return operation.bodyExample;
}

async function tokenize({ merchantId, mode }: { merchantId: string; mode: "test" | "live" }): Promise<string> {
  const card = { number: "4242424242424242", expMonth: "12", expYear: String(new Date().getFullYear() + 3), cvc: "123" };
  return (await createCardToken(ctx, { merchantId, mode, card })).cardTokenId;
}

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
  const a = { merchantId: shopA.merchantId, mode: "test" as const };

  owned["card-tokens"] = await tokenize(a);
  owned["payment-requests"] = (await createPaymentRequest(ctx, { ...a, publicUrl: ctx.config.publicUrl, input: { amount: 1000, currency: "EUR", returnUrl: "https://shop-a.example/r" } })).id;
  // Captured and settled: every transaction action (capture, cancel, refund) would act on it if it leaked.
  owned.transactions = (await payWithTestCard(ctx, { merchantId: shopA.merchantId, returnUrl: "https://shop-a.example/r", captureMode: "automatic" })).id;
  ctx.clock.advance(1000);
  await settleTransactions(ctx, {});
  const customer = await createCustomer(ctx, { ...a, input: { email: "ada@example.com", cardTokenId: await tokenize(a) } });
  owned.customers = customer.id;
  owned.cards = customer.cards[0]!.id;
  owned["webhook-endpoints"] = (await createWebhookEndpoint(ctx, { ...a, url: "https://shop-a.example/webhooks" })).id;
  owned["risk-rules"] = (await createRiskRule(ctx, a, { name: "Prepaid", conditions: [{ type: "card_funding", in: ["prepaid"] }], action: "block" }, { userId: null, actorEmail: "test" })).id;
  const [event] = await ctx.db.select({ id: schema.events.id }).from(schema.events).where(eq(schema.events.objectId, customer.id));
  owned.events = event!.id;
  // Recurring: a subscription on a test clock (in its trial, so that nothing is charged), and an instalment plan.
  const chargeable = await createCustomerWithChargeableCard(ctx, { merchantId: shopA.merchantId, frozenTime: new Date("2027-01-31T10:00:00Z") });
  owned["test-clocks"] = chargeable.testClockId!;
  owned.subscriptions = (
    await createSubscription(ctx, { scope: a, input: { customerId: chargeable.customerId, cardId: chargeable.cardId, amount: 990, currency: "EUR", interval: "month", trialDays: 30 } })
  ).id;
  const inThree = await createPaymentRequest(ctx, { ...a, input: { amount: 9000, currency: "EUR", returnUrl: "https://shop-a.example/r", installments: { count: 3, interval: "month" } } });
  await submitPaymentAttempt(ctx, { paymentRequestId: inThree.id, card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" }, challengeWindowSize: "05" });
  const [paid] = await ctx.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, inThree.id));
  owned["installment-plans"] = paid!.installmentPlanId!;
});
afterAll(async () => {
  await ctx?.handle.close();
});

const withIds = operations.filter((operation) => pathParameters(operation.path).length > 0);

describe("tenant isolation of every API operation that takes an id", () => {
  it("finds the operations with an id in the registry", () => {
    expect(withIds.length).toBeGreaterThan(10);
  });

  for (const operation of withIds) {
    it(`${operation.method} ${operation.path}: another merchant's id and the other mode's id are unknown ids`, async () => {
      const method = await routeMethod(operation);
      const params = ownedParams(operation);
      const url = `http://localhost${operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(params[name]!))}`;
      const callers = [
        { who: "shop B (test key)", merchantId: shopB.merchantId, mode: "test" as const, key: shopB.keys.test.secretKey },
        { who: "shop A (live key)", merchantId: shopA.merchantId, mode: "live" as const, key: shopA.keys.live.secretKey },
      ];
      for (const caller of callers) {
        const body = await bodyFor(operation, caller);
        const before = await databaseDigest(ctx.handle);
        const headers: Record<string, string> = { authorization: `Bearer ${caller.key}` };
        if (body !== undefined) headers["content-type"] = "application/json";
        let target = url;
        // The client secret is this operation's credential: one that is not the transaction's own is refused, whoever asks.
        if (operation.auth === "clientSecret") target = `${url}?client_secret=${params.id}_secret_${"0".repeat(64)}`;
        const request = new Request(target, { method: operation.method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const response = await method(request, { params: Promise.resolve(params) });
        const answer = (await response.json()) as { error?: { code: string } };
        const expected = operation.auth === "clientSecret" ? { status: errorCatalog.invalid_client_secret.status, code: "invalid_client_secret" } : { status: 404, code: "resource_not_found" };
        expect({ status: response.status, code: answer.error?.code }, `${caller.who} → ${operation.method} ${url}`).toEqual(expected);
        expect(await databaseDigest(ctx.handle), `${caller.who} → ${operation.method} ${url} changed the database`).toEqual(before);
      }
    });
  }
});
