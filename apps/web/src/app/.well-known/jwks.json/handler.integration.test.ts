import { rotateSigningKey, signPaymentResult } from "@jeton/core";
import { schema } from "@jeton/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleGetJwks } from "./handler";

let ctx: TestContext;
const get = () => handleGetJwks(new Request("http://localhost:3000/.well-known/jwks.json"), ctx);

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.signingKeys);
});

describe("GET /.well-known/jwks.json", () => {
  it("creates a key when there is none, so the set is never empty, and answers with cacheable public JSON", async () => {
    expect(await ctx.db.select().from(schema.signingKeys)).toHaveLength(0);
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/jwk-set+json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toEqual({ kty: "EC", crv: "P-256", x: expect.any(String), y: expect.any(String), kid: expect.any(String), alg: "ES256", use: "sig" });
    const again = await (await get()).json();
    expect(again).toEqual(body);
    expect(await ctx.db.select().from(schema.signingKeys)).toHaveLength(1);
  });

  it("publishes the key that signs results, never a private part", async () => {
    const { token } = await signPaymentResult(ctx, {
      issuer: ctx.config.publicUrl,
      merchantId: "mer_x",
      paymentRequestId: "pr_x",
      result: { status: "succeeded", paymentRequestId: "pr_x", amount: 100, currency: "EUR", mode: "test" },
    });
    const kid = JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString()).kid;
    const text = await (await get()).text();
    expect(JSON.parse(text).keys.map((k: { kid: string }) => k.kid)).toEqual([kid]);
    expect(text).not.toMatch(/"d"/);
  });

  it("lists the retired key beside the new one during rotation, then drops it", async () => {
    const first = (await (await get()).json()).keys[0].kid;
    const { kid } = await rotateSigningKey(ctx);
    expect((await (await get()).json()).keys.map((k: { kid: string }) => k.kid)).toEqual([kid, first]);
    ctx.clock.advance(600_001);
    expect((await (await get()).json()).keys.map((k: { kid: string }) => k.kid)).toEqual([kid]);
  });
});
