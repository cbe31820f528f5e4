import type { DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { getCheckoutSession } from "../payment-requests/get-checkout-session";
import { addMerchantUrls } from "./add-merchant-urls";
import type { Mode } from "./create-api-key";
import { createMerchant } from "./create-merchant";
import { getMerchantSettings } from "./get-merchant-settings";
import { isOriginAllowed } from "./is-origin-allowed";
import { removeMerchantOrigin } from "./remove-merchant-origin";
import { removeMerchantReturnUrl } from "./remove-merchant-return-url";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";

const clock = fixedClock(new Date("2026-11-26T10:00:00Z"));
let handle: DatabaseHandle;
let merchantId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  // Registered for test mode only (the default): a laptop's shop.
  ({ merchantId } = await createMerchant({ db: handle.db }, { name: "Shop", origins: ["http://localhost:4000"], returnUrls: ["http://localhost:4000/return/"] }));
  await addMerchantUrls({ db: handle.db }, merchantId, { mode: "live", origins: ["https://shop.example"], returnUrls: ["https://shop.example/return/"] });
});
afterAll(async () => {
  await handle?.close();
});

const request = (mode: Mode, returnUrl: string) =>
  createPaymentRequest({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive }, { merchantId, mode, input: { amount: 1000, currency: "EUR", returnUrl } });

describe("return URLs and allowed origins are registered per mode", () => {
  it("checks a payment request's return URL against its own mode's list", async () => {
    expect((await request("test", "http://localhost:4000/return/order-1")).returnUrl).toBe("http://localhost:4000/return/order-1");
    expect((await request("live", "https://shop.example/return/order-1")).returnUrl).toBe("https://shop.example/return/order-1");
    await expect(request("live", "http://localhost:4000/return/order-1")).rejects.toMatchObject({ code: "return_url_not_allowed" });
    await expect(request("test", "https://shop.example/return/order-1")).rejects.toMatchObject({ code: "return_url_not_allowed" });
  });

  it("allows an origin for the mode it was registered in only (token.js, status, challenges, the Smart Form)", async () => {
    expect(await isOriginAllowed({ db: handle.db }, "http://localhost:4000", { merchantId, mode: "test" })).toBe(true);
    expect(await isOriginAllowed({ db: handle.db }, "http://localhost:4000", { merchantId, mode: "live" })).toBe(false);
    expect(await isOriginAllowed({ db: handle.db }, "https://shop.example", { merchantId, mode: "live" })).toBe(true);
    expect(await isOriginAllowed({ db: handle.db }, "https://shop.example", { merchantId, mode: "test" })).toBe(false);
    // Without a merchant (a CORS preflight, before any key is seen): any merchant's, any mode's.
    expect(await isOriginAllowed({ db: handle.db }, "https://shop.example")).toBe(true);

    const live = await request("live", "https://shop.example/return/o");
    const test = await request("test", "http://localhost:4000/return/o");
    expect((await getCheckoutSession({ db: handle.db, clock }, { paymentRequestId: live.id }))!.merchant.origins).toEqual(["https://shop.example"]);
    expect((await getCheckoutSession({ db: handle.db, clock }, { paymentRequestId: test.id }))!.merchant.origins).toEqual(["http://localhost:4000"]);
  });

  it("refuses http URLs for live mode, localhost included, and stores nothing", async () => {
    for (const urls of [{ origins: ["http://localhost:4000"] }, { origins: ["http://shop.example"] }, { returnUrls: ["http://localhost:4000/return/"] }, { returnUrls: ["http://127.0.0.1:4000/r/"] }]) {
      await expect(addMerchantUrls({ db: handle.db }, merchantId, { mode: "live", ...urls })).rejects.toMatchObject({ code: "parameter_invalid" });
    }
    await expect(createMerchant({ db: handle.db }, { name: "Live shop", urlMode: "live", returnUrls: ["http://localhost/r/"] })).rejects.toMatchObject({ code: "parameter_invalid" });
    const settings = await getMerchantSettings({ db: handle.db }, merchantId, "live");
    expect(settings).toMatchObject({ origins: ["https://shop.example"], returnUrls: ["https://shop.example/return/"] });
    expect(await getMerchantSettings({ db: handle.db }, merchantId, "test")).toMatchObject({ origins: ["http://localhost:4000"], returnUrls: ["http://localhost:4000/return/"] });
  });

  it("removes a URL from one mode only", async () => {
    await addMerchantUrls({ db: handle.db }, merchantId, { mode: "test", origins: ["https://shop.example"], returnUrls: ["https://shop.example/return/"] });
    await removeMerchantOrigin({ db: handle.db }, { merchantId, mode: "test" }, "https://shop.example");
    await removeMerchantReturnUrl({ db: handle.db }, { merchantId, mode: "test" }, "https://shop.example/return/");
    expect(await isOriginAllowed({ db: handle.db }, "https://shop.example", { merchantId, mode: "live" })).toBe(true);
    expect((await request("live", "https://shop.example/return/again")).returnUrl).toBe("https://shop.example/return/again");
    await expect(removeMerchantOrigin({ db: handle.db }, { merchantId, mode: "test" }, "https://shop.example")).rejects.toMatchObject({ code: "resource_not_found" });
  });
});
