import { randomBytes } from "node:crypto";
import type { DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { testAcquirers } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";
import { createVault } from "../vault/create-vault";
import { createMerchant } from "./create-merchant";
import { listFramingOrigins } from "./list-framing-origins";

const clock = fixedClock(new Date("2026-11-26T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("listFramingOrigins", () => {
  it("names only the origins the owning merchant registered, found from a payment request or one of its transactions", async () => {
    const shop = await createMerchant({ db: handle.db }, { name: "Shop", origins: ["https://shop.example", "https://www.shop.example"], returnUrls: ["https://shop.example/"] });
    await createMerchant({ db: handle.db }, { name: "Other", origins: ["https://other.example"] });
    const pr = await createPaymentRequest({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirers }, { merchantId: shop.merchantId, mode: "test", input: { amount: 1000, currency: "EUR", returnUrl: "https://shop.example/r" } });
    const attempt = await attemptCardPayment({ db: handle.db, vault, clock }, pr.id, "4242424242424242");
    if (!("transaction" in attempt)) throw new Error("no transaction");

    expect((await listFramingOrigins(handle, { paymentRequestId: pr.id })).sort()).toEqual(["https://shop.example", "https://www.shop.example"]);
    expect((await listFramingOrigins(handle, { transactionId: attempt.transaction.id })).sort()).toEqual(["https://shop.example", "https://www.shop.example"]);
  });

  it.each([{ paymentRequestId: "pr_unknownunknownunknown" }, { paymentRequestId: "pr_1" }, { transactionId: "' or 1=1 --" }, { transactionId: "tx_unknownunknownunknown" }])(
    "gives no origin for %o",
    async (resource) => {
      expect(await listFramingOrigins(handle, resource)).toEqual([]);
    },
  );
});
