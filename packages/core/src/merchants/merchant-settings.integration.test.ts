import { randomBytes } from "node:crypto";
import type { DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { createVault } from "../vault/create-vault";
import { addMerchantUrls } from "./add-merchant-urls";
import { createMerchant } from "./create-merchant";
import { setThreeDsPolicy } from "./set-three-ds-policy";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";

const { publicUrl } = testUrls;
const clock = fixedClock(new Date("2026-11-26T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
let handle: DatabaseHandle;
let merchantId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ merchantId } = await createMerchant({ db: handle.db }, { name: "Shop", returnUrls: ["https://shop.example/"] }));
});
afterAll(async () => {
  await handle?.close();
});

const request = (amount: number, returnUrl = "https://shop.example/r") =>
  createPaymentRequest({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive }, { merchantId, mode: "test", input: { amount, currency: "EUR", returnUrl } });

async function payWith4242(amount: number) {
  const pr = await request(amount);
  return attemptCardPayment({ db: handle.db, vault, clock }, pr.id, "4242424242424242");
}

describe("setThreeDsPolicy", () => {
  it("always: even a frictionless card is challenged; above_amount: from the threshold up, in its currency only", async () => {
    expect((await payWith4242(1000)).kind).toBe("completed");
    await setThreeDsPolicy({ db: handle.db }, merchantId, { threeDsPolicy: "always", threshold: null, thresholdCurrency: null });
    expect((await payWith4242(1000)).kind).toBe("challenge");
    await setThreeDsPolicy({ db: handle.db }, merchantId, { threeDsPolicy: "above_amount", threshold: 5000, thresholdCurrency: "EUR" });
    expect((await payWith4242(4999)).kind).toBe("completed");
    expect((await payWith4242(5000)).kind).toBe("challenge");
    await setThreeDsPolicy({ db: handle.db }, merchantId, { threeDsPolicy: "issuer", threshold: 1, thresholdCurrency: "EUR" });
    expect((await payWith4242(9000)).kind).toBe("completed");
  });

  it.each([
    [{ threeDsPolicy: "sometimes", threshold: null, thresholdCurrency: null }, "policy"],
    [{ threeDsPolicy: "above_amount", threshold: null, thresholdCurrency: "EUR" }, "threshold"],
    [{ threeDsPolicy: "above_amount", threshold: 10.5, thresholdCurrency: "EUR" }, "threshold"],
    [{ threeDsPolicy: "above_amount", threshold: -1, thresholdCurrency: "EUR" }, "threshold"],
    [{ threeDsPolicy: "above_amount", threshold: 100, thresholdCurrency: "XXX" }, "currency"],
  ])("refuses %j", async (policy, param) => {
    await expect(setThreeDsPolicy({ db: handle.db }, merchantId, policy as never)).rejects.toMatchObject({ code: "parameter_invalid", param });
  });

  it("refuses an unknown merchant", async () => {
    await expect(setThreeDsPolicy({ db: handle.db }, "mer_nope", { threeDsPolicy: "always", threshold: null, thresholdCurrency: null })).rejects.toMatchObject({
      code: "resource_not_found",
    });
  });
});

describe("addMerchantUrls", () => {
  it("registers new return URL prefixes and origins, idempotently", async () => {
    await expect(request(1000, "https://other.example/back")).rejects.toMatchObject({ code: "return_url_not_allowed" });
    await addMerchantUrls({ db: handle.db }, merchantId, { mode: "test", origins: ["https://other.example"], returnUrls: ["https://other.example/back"] });
    await addMerchantUrls({ db: handle.db }, merchantId, { mode: "test", origins: ["https://other.example"], returnUrls: ["https://other.example/back", "https://shop.example/"] });
    expect((await request(1000, "https://other.example/back?order=1")).status).toBe("open");
  });

  it("refuses a URL that is not one", async () => {
    await expect(addMerchantUrls({ db: handle.db }, merchantId, { mode: "test", returnUrls: ["not a url"] })).rejects.toThrow();
  });
});
