import { type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handlePaymentPageQrCode } from "@/app/(checkout)/pay/[id]/qr.svg/handler";
import { handleGetPaymentRequest } from "./[id]/handler";
import { handleCreatePaymentRequest } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;

const valid = { amount: 2500, currency: "EUR", locale: "en", returnUrl: "https://shop-a.example/return?order=1" };

const create = (body: unknown, key = shopA.keys.test.secretKey) =>
  ctx.respond(
    handleCreatePaymentRequest(
      new Request("http://localhost/api/v1/payment-requests", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
      ctx,
    ),
  );
const get = (id: string, key = shopA.keys.test.secretKey) =>
  ctx.respond(handleGetPaymentRequest(new Request(`http://localhost/api/v1/payment-requests/${id}`, { headers: { authorization: `Bearer ${key}` } }), ctx, { id }));
const counts = async () => ({ requests: (await ctx.db.select().from(schema.paymentRequests)).length, messages: (await ctx.db.select().from(schema.messages)).length });

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("POST /api/v1/payment-requests with sendTo (Push & Pay)", () => {
  it("queues the request by email and SMS at once, answers its messages and qrCodeUrl; GET lists them", async () => {
    const response = await create({ ...valid, sendTo: { email: "Ada@Example.com", phone: "+216 20 123 456".replace(/ /g, "") } });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.qrCodeUrl).toBe(`https://pay.example/pay/${body.id}/qr.svg`);
    expect(body.customerEmail).toBe("ada@example.com");
    expect(body.messages).toEqual([
      expect.objectContaining({ object: "message", channel: "email", recipient: "ada@example.com", status: "queued", template: "payment_request" }),
      expect.objectContaining({ object: "message", channel: "sms", recipient: "+21620123456", status: "queued" }),
    ]);
    const read = await (await get(body.id)).json();
    const ids = (list: { id: string }[]) => list.map((m) => m.id).sort();
    expect(ids(read.messages)).toEqual(ids(body.messages));
    // Another merchant's key does not see it.
    expect((await get(body.id, shopB.keys.test.secretKey)).status).toBe(404);
  });

  it("answers messages: [] without sendTo", async () => {
    const body = await (await create(valid)).json();
    expect(body.messages).toEqual([]);
  });

  it.each([
    [{ email: "nope" }, "sendTo[email]"],
    [{ phone: "0612345678" }, "sendTo[phone]"],
    [{ phone: "+33 6 12 34 56 78" }, "sendTo[phone]"],
    [{ phone: 33612345678 }, "sendTo[phone]"],
    [{ fax: "+33612345678" }, "sendTo"],
    ["ada@example.com", "sendTo"],
  ])("refuses sendTo %j with a 400 naming %s, and creates and queues nothing", async (sendTo, param) => {
    const before = await counts();
    const response = await create({ ...valid, sendTo });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "parameter_invalid" });
    expect(error.param).toBe(param);
    expect(await counts()).toEqual(before);
  });
});

describe("GET /pay/{id}/qr.svg", () => {
  it("draws the payment page's URL as an SVG QR code; a malformed id is a 404", async () => {
    const { id } = await (await create(valid)).json();
    const response = await handlePaymentPageQrCode(new Request(`http://localhost/pay/${id}/qr.svg`), ctx, { id });
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`<title>QR code: https://pay.example/pay/${id}</title>`);
    expect((await handlePaymentPageQrCode(new Request("http://localhost/pay/x/qr.svg"), ctx, { id: "<script>" })).status).toBe(404);
  });
});
