/*
 * GET /api/v1/payment-requests: the merchant's own requests of the key's mode,
 * newest first, paged with a cursor, filtered by status and metadata; a bad
 * filter is a 400 naming the parameter.
 */
import { createId, createPaymentRequest, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleListPaymentRequests } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;
type Page = { object: string; data: { id: string; status: string; metadata: Record<string, string> }[]; hasMore: boolean; nextCursor: string | null };

const list = (query: string, key = shopA.keys.test.secretKey) =>
  ctx.respond(handleListPaymentRequests(new Request(`https://pay.example/api/v1/payment-requests${query}`, { headers: { authorization: `Bearer ${key}` } }), ctx));
async function page(query: string, key?: string): Promise<Page> {
  const response = await list(query, key);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}
const make = (merchant: CreatedMerchant, metadata: Record<string, string> = {}, expiresAt?: Date) =>
  createPaymentRequest(ctx, {
    merchantId: merchant.merchantId,
    mode: "test",
    input: { amount: 1000, currency: "EUR", returnUrl: `https://${merchant === shopA ? "shop-a" : "shop-b"}.example/r`, metadata, expiresAt: expiresAt?.toISOString() },
  });

const ids: string[] = [];
let shortLived: string;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants as [CreatedMerchant, CreatedMerchant];
  for (let index = 0; index < 5; index++) {
    ids.unshift((await make(shopA, { orderId: String(index), channel: index % 2 === 0 ? "web" : "shop" })).id);
    ctx.clock.advance(1000);
  }
  // Five more made in the very same instant: the cursor must still page them without gaps or repeats.
  for (let index = 5; index < 10; index++) ids.push((await make(shopA, { orderId: String(index) })).id);
  ctx.clock.advance(1000);
  shortLived = (await make(shopA, { kind: "short" }, new Date(ctx.clock.now().getTime() + 120_000))).id;
  await make(shopB, { orderId: "1", channel: "web" });
  // A live request of shop A (made when live mode was on): never listed with a test key.
  await ctx.db.insert(schema.paymentRequests).values({
    id: createId("pr"), merchantId: shopA.merchantId, mode: "live", intent: "payment", status: "open", amount: 2500, currency: "EUR",
    returnUrl: "https://shop-a.example/r", captureMode: "automatic", metadata: { orderId: "1" }, expiresAt: new Date(ctx.clock.now().getTime() + 3_600_000),
  });
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("GET /api/v1/payment-requests", () => {
  it("pages through the merchant's test requests, newest first, each once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const current: Page = await page(`?limit=3${cursor ? `&startingAfter=${cursor}` : ""}`);
      expect(current.object).toBe("list");
      expect(current.data.length).toBeLessThanOrEqual(3);
      seen.push(...current.data.map((item) => item.id));
      cursor = current.hasMore ? current.nextCursor : null;
    } while (cursor);
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
    expect(seen[0]).toBe(shortLived);
    expect(seen.slice(-5)).toEqual(ids.slice(0, 5));
  });

  it("never lists another merchant's requests, nor the other mode's", async () => {
    const all = await page("?limit=100");
    const mine = new Set([...ids, shortLived]);
    expect(all.data.every((item) => mine.has(item.id))).toBe(true);
    const live = await page("", shopA.keys.live.secretKey);
    expect(live.data.map((item) => item.id)).not.toContain(shortLived);
    expect(live.data.every((item) => !mine.has(item.id))).toBe(true);
    expect(live.data).toHaveLength(1);
    const otherShop = await page("?metadata[orderId]=1", shopB.keys.test.secretKey);
    expect(otherShop.data).toHaveLength(1);
    expect(mine.has(otherShop.data[0]!.id)).toBe(false);
    // Shop B's id as a cursor is not found for shop A, exactly like an unknown id.
    const foreignCursor = await list(`?startingAfter=${otherShop.data[0]!.id}`);
    expect(foreignCursor.status).toBe(404);
  });

  it("filters by metadata: every pair must match", async () => {
    expect((await page("?metadata[channel]=web")).data.map((item) => item.metadata.orderId).sort()).toEqual(["0", "2", "4"]);
    expect((await page("?metadata[channel]=web&metadata[orderId]=2")).data.map((item) => item.metadata.orderId)).toEqual(["2"]);
    expect((await page("?metadata[channel]=web&metadata[orderId]=3")).data).toEqual([]);
    expect((await page("?metadata[nothing]=here")).data).toEqual([]);
  });

  it("filters by status as the view shows it: an open request past its expiry is expired", async () => {
    expect((await page("?status=open&limit=100")).data).toHaveLength(11);
    ctx.clock.advance(5 * 60_000);
    const expired = await page("?status=expired");
    expect(expired.data.map((item) => item.id)).toEqual([shortLived]);
    expect(expired.data[0]!.status).toBe("expired");
    expect((await page("?status=open&limit=100")).data.map((item) => item.id)).not.toContain(shortLived);
    expect((await page("?status=open,expired&limit=100")).data).toHaveLength(11);
    expect((await page("?status=succeeded")).data).toEqual([]);
  });

  it("refuses malformed filters with 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["?metadata[]=x", "metadata[]"],
      [`?metadata[${"k".repeat(41)}]=v`, `metadata[${"k".repeat(41)}]`],
      [`?metadata[k]=${"v".repeat(501)}`, "metadata[k]"],
      [`?${Array.from({ length: 51 }, (_, index) => `metadata[k${index}]=v`).join("&")}`, "metadata"],
      ["?metadata=x", "metadata"],
      ["?status=paid", "status"],
      ["?limit=0", "limit"],
      ["?color=red", ""],
    ];
    for (const [query, param] of cases) {
      const response = await list(query);
      const body = (await response.json()) as { error: { code: string; param?: string } };
      expect({ status: response.status, code: body.error.code, param: body.error.param ?? "" }, query.slice(0, 40)).toEqual({ status: 400, code: "parameter_invalid", param });
    }
  });

  it("needs the secret key", async () => {
    expect((await list("", shopA.keys.test.publishableKey)).status).toBe(401);
    expect((await list("", "sk_test_nope")).status).toBe(401);
  });
});
