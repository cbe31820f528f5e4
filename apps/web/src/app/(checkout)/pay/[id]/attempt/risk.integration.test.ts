import { createPaymentRequest, createRiskRule, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handlePaymentAttempt } from "./handler";

let ctx: TestContext;
let shop: CreatedMerchant;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 1 });
  shop = ctx.merchants[0]!;
});
afterAll(async () => {
  await ctx?.handle.close();
});

async function attempt(peer: string, number = "4242424242424242") {
  const request = await createPaymentRequest(ctx, { merchantId: shop.merchantId, mode: "test", input: { amount: 1000, currency: "EUR", returnUrl: `${shop.returnUrls[0]}r` } });
  const response = await handlePaymentAttempt(
    new Request(`https://pay.example/pay/${request.id}/attempt`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://pay.example", "sec-fetch-site": "same-origin", "x-jeton-peer-address": peer, "user-agent": "test-browser" },
      body: new URLSearchParams({ number, exp: "12/30", cvc: "123", lang: "en", surface: "redirect" }),
    }),
    ctx,
    { id: request.id },
  );
  const transactionId = new URL(response.headers.get("location")!).searchParams.get("tx")!;
  const [row] = await ctx.db.select().from(schema.transactions).where(eq(schema.transactions.id, transactionId));
  const [assessment] = await ctx.db.select().from(schema.riskAssessments).where(eq(schema.riskAssessments.transactionId, transactionId));
  return { row: row!, assessment: assessment! };
}

describe("risk on the hosted page", () => {
  it("sees the shopper's address (country) and device session, and a rule on them decides", async () => {
    await createRiskRule(ctx, { merchantId: shop.merchantId, mode: "test" }, { name: "No GB addresses", conditions: [{ type: "ip_country", in: ["GB"] }], action: "block" }, null);
    const gb = await attempt("81.2.69.160");
    expect(gb.row.status).toBe("blocked");
    expect(gb.assessment).toMatchObject({ ip: "81.2.69.160", deviceSession: expect.stringMatching(/^dev_/), outcome: "block" });
    expect((gb.assessment.signals as { ipCountry: string }).ipCountry).toBe("GB");
    const us = await attempt("8.8.8.8");
    expect(us.row.status).toBe("captured");
    // A card from the US paid from a US address: no mismatch; from GB it would be one (scored).
    expect(us.assessment.rules).not.toContainEqual(expect.objectContaining({ id: "platform.country_mismatch" }));
  });
});
