/*
 * metadata and description on the merchant's objects: stored, returned,
 * carried in events, filterable with `metadata[key]=value`; bad metadata is
 * refused with the field named, and changes nothing.
 */
import { createCardToken, settleTransactions, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { databaseDigest } from "@/server/testing/database-digest";
import { handleCreateCustomer, handleListCustomers } from "./customers/handler";
import { handleCreatePaymentRequest } from "./payment-requests/handler";
import { handleCreateTransaction, handleListTransactions } from "./transactions/handler";
import { handleCancelPaymentRequest } from "./payment-requests/[id]/cancel/handler";
import { handleListRefunds, handleCreateRefund } from "./transactions/[id]/refunds/handler";
import { handleCreateWebhookEndpoint, handleListWebhookEndpoints } from "./webhook-endpoints/handler";

let ctx: TestContext;
let shop: CreatedMerchant;

type Handler = (request: Request, context: TestContext, params: { id: string }) => Promise<Response>;
const post = (handler: Handler, path: string, body: unknown, params = { id: "" }) =>
  ctx.respond(handler(
    new Request(`https://pay.example${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${shop.keys.test.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    ctx,
    params,
  ));
const get = (handler: Handler, path: string, params = { id: "" }) =>
  ctx.respond(handler(new Request(`https://pay.example${path}`, { headers: { authorization: `Bearer ${shop.keys.test.secretKey}` } }), ctx, params));
const eventsOf = (objectId: string) => ctx.db.select().from(schema.events).where(eq(schema.events.objectId, objectId));

async function cardToken(): Promise<string> {
  const card = { number: "4242424242424242", expMonth: "12", expYear: String(new Date().getFullYear() + 3), cvc: "123" };
  return (await createCardToken(ctx, { merchantId: shop.merchantId, mode: "test", card })).cardTokenId;
}

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 1 });
  shop = ctx.merchants[0]!;
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("metadata and description", () => {
  it("are stored on a transaction, returned, carried in its events, and filter the list", async () => {
    const created = await post(handleCreateTransaction as Handler, "/api/v1/transactions", {
      amount: 2500,
      currency: "EUR",
      cardTokenId: await cardToken(),
      description: "T-shirt, size M",
      metadata: { orderId: "1042", channel: "web" },
    });
    expect(created.status).toBe(201);
    const transaction = (await created.json()) as { id: string; description: string; metadata: Record<string, string> };
    expect(transaction).toMatchObject({ description: "T-shirt, size M", metadata: { orderId: "1042", channel: "web" } });
    await post(handleCreateTransaction as Handler, "/api/v1/transactions", { amount: 100, currency: "EUR", cardTokenId: await cardToken(), metadata: { orderId: "7" } });

    const events = await ctx.db.select().from(schema.events).where(eq(schema.events.objectId, transaction.id));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.data).toMatchObject({ description: "T-shirt, size M", metadata: { orderId: "1042", channel: "web" } });

    const filtered = (await (await get(handleListTransactions as Handler, "/api/v1/transactions?metadata[orderId]=1042&metadata[channel]=web")).json()) as { data: { id: string }[] };
    expect(filtered.data.map((item) => item.id)).toEqual([transaction.id]);
    const none = (await (await get(handleListTransactions as Handler, "/api/v1/transactions?metadata[orderId]=1042&metadata[channel]=shop")).json()) as { data: unknown[] };
    expect(none.data).toEqual([]);
    const all = (await (await get(handleListTransactions as Handler, "/api/v1/transactions")).json()) as { data: unknown[] };
    expect(all.data).toHaveLength(2);
  });

  it("are stored on customers (filterable), payment requests and webhook endpoints", async () => {
    const customer = await post(handleCreateCustomer as Handler, "/api/v1/customers", { email: "ada@example.com", description: "VIP", metadata: { crmId: "C-981" } });
    const customerBody = (await customer.json()) as { id: string };
    expect(customerBody).toMatchObject({ description: "VIP", metadata: { crmId: "C-981" } });
    const [created] = await eventsOf(customerBody.id);
    expect(created).toMatchObject({ type: "customer.created", data: { description: "VIP", metadata: { crmId: "C-981" } } });
    await post(handleCreateCustomer as Handler, "/api/v1/customers", { email: "bob@example.com" });
    const listed = (await (await get(handleListCustomers as Handler, "/api/v1/customers?metadata[crmId]=C-981")).json()) as { data: { email: string }[] };
    expect(listed.data.map((item) => item.email)).toEqual(["ada@example.com"]);

    const request = await post(handleCreatePaymentRequest as Handler, "/api/v1/payment-requests", { amount: 100, currency: "EUR", returnUrl: "https://shop-a.example/r", metadata: { cart: "9" } });
    expect(await request.json()).toMatchObject({ metadata: { cart: "9" } });
    const endpoint = await post(handleCreateWebhookEndpoint as Handler, "/api/v1/webhook-endpoints", { url: "https://shop-a.example/hooks", description: "fulfilment", metadata: { team: "ops" } });
    expect(await endpoint.json()).toMatchObject({ description: "fulfilment", metadata: { team: "ops" } });
  });

  it("are stored on refunds, carried in refund.created, and filter a transaction's refunds", async () => {
    const created = await post(handleCreateTransaction as Handler, "/api/v1/transactions", { amount: 5000, currency: "EUR", cardTokenId: await cardToken() });
    const { id } = (await created.json()) as { id: string };
    ctx.clock.advance(1000);
    await settleTransactions(ctx, {});
    const refund = await post(handleCreateRefund as Handler, `/api/v1/transactions/${id}/refunds`, { amount: 1000, description: "damaged", metadata: { ticket: "Z-1" } }, { id });
    expect(refund.status).toBe(201);
    const body = (await refund.json()) as { id: string };
    expect(body).toMatchObject({ description: "damaged", metadata: { ticket: "Z-1" } });
    await post(handleCreateRefund as Handler, `/api/v1/transactions/${id}/refunds`, { amount: 500, metadata: { ticket: "Z-2" } }, { id });
    const [event] = await eventsOf(body.id);
    expect(event).toMatchObject({ type: "refund.created", data: { description: "damaged", metadata: { ticket: "Z-1" } } });
    const listed = (await (await get(handleListRefunds as Handler, `/api/v1/transactions/${id}/refunds?metadata[ticket]=Z-1`, { id })).json()) as { data: { id: string }[] };
    expect(listed.data.map((item) => item.id)).toEqual([body.id]);
    const bad = await get(handleListRefunds as Handler, `/api/v1/transactions/${id}/refunds?metadata[]=Z-1`, { id });
    expect(bad.status).toBe(400);
  });

  it("are carried in payment request events and filter webhook endpoints", async () => {
    const request = (await (await post(handleCreatePaymentRequest as Handler, "/api/v1/payment-requests", { amount: 100, currency: "EUR", returnUrl: "https://shop-a.example/r", description: "Cart 9", metadata: { cart: "9" } })).json()) as { id: string };
    await post(handleCancelPaymentRequest as Handler, `/api/v1/payment-requests/${request.id}/cancel`, undefined, { id: request.id });
    const [canceled] = await eventsOf(request.id);
    expect(canceled).toMatchObject({ type: "payment_request.canceled", data: { description: "Cart 9", metadata: { cart: "9" } } });

    await post(handleCreateWebhookEndpoint as Handler, "/api/v1/webhook-endpoints", { url: "https://shop-a.example/other", metadata: { team: "billing" } });
    const endpoints = (await (await get(handleListWebhookEndpoints as Handler, "/api/v1/webhook-endpoints?metadata[team]=billing")).json()) as { data: { url: string }[] };
    expect(endpoints.data.map((item) => item.url)).toEqual(["https://shop-a.example/other"]);
    const bad = await get(handleListWebhookEndpoints as Handler, `/api/v1/webhook-endpoints?metadata[${"k".repeat(41)}]=x`);
    expect(((await bad.json()) as { error: { param: string } }).error.param).toBe(`metadata[${"k".repeat(41)}]`);
  });

  it("refuses bad metadata with 400 naming the field, and changes nothing", async () => {
    const token = await cardToken();
    const cases: [unknown, string][] = [
      [{ a: 1 }, "metadata[a]"],
      [{ ["k".repeat(41)]: "v" }, `metadata[${"k".repeat(41)}]`],
      [{ key: "v".repeat(501) }, "metadata[key]"],
      [Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, "v"])), "metadata"],
      ["not an object", "metadata"],
    ];
    for (const [metadata, param] of cases) {
      const before = await databaseDigest(ctx.handle);
      const response = await post(handleCreateTransaction as Handler, "/api/v1/transactions", { amount: 100, currency: "EUR", cardTokenId: token, metadata });
      const body = (await response.json()) as { error: { code: string; param: string } };
      expect({ status: response.status, code: body.error.code, param: body.error.param }, JSON.stringify(metadata).slice(0, 40)).toEqual({ status: 400, code: "parameter_invalid", param });
      expect(await databaseDigest(ctx.handle)).toEqual(before);
    }
    const description = await post(handleCreateTransaction as Handler, "/api/v1/transactions", { amount: 100, currency: "EUR", cardTokenId: token, description: "d".repeat(501) });
    expect(((await description.json()) as { error: { param: string } }).error.param).toBe("description");
    const filter = await get(handleListTransactions as Handler, `/api/v1/transactions?metadata[${"k".repeat(41)}]=v`);
    expect(filter.status).toBe(400);
  });
});
