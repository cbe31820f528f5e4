import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";
import { listRecentMerchantAlerts } from "./list-recent-merchant-alerts";
import { raiseDeclineRateAlerts } from "./raise-decline-rate-alerts";

const policy = { windowMinutes: 15, minAttempts: 10, ratePercent: 50 };
let platform: TestPlatform;

async function pay(merchantIndex: number, number: string) {
  const merchant = platform.merchants[merchantIndex]!;
  const request = await createPaymentRequest({ ...platform, urls: testUrls, acquirers: testAcquirersWithLive }, {
    merchantId: merchant.merchantId,
    mode: "test",
    input: { amount: 1000, currency: "EUR", returnUrl: `https://shop-${"abc"[merchantIndex]}.example/r` },
  });
  return attemptCardPayment(platform, request.id, number);
}

beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 2 });
  // At the start of a 15-minute window, so that every payment below falls in it.
  platform.clock.advance(15 * 60_000 - (platform.clock.now().getTime() % (15 * 60_000)) + 1000);
});
afterAll(async () => platform?.handle.close());

describe("raiseDeclineRateAlerts", () => {
  it("raises nothing below the minimum number of attempts, whatever the rate", async () => {
    for (let i = 0; i < 9; i++) await pay(0, "4000000000009979");
    expect(await raiseDeclineRateAlerts(platform, policy)).toBe(0);
  });

  it("raises one alert and one merchant.decline_rate_spike event for the merchant whose refusals reach the rate, once per window", async () => {
    // Shop A: 9 stolen-card declines above, 1 more and 2 approvals → 10 refused of 12 (83%).
    await pay(0, "4000000000009987");
    await pay(0, "4242424242424242");
    await pay(0, "4242424242424242");
    // Shop B: 12 payments, 5 refused (42%): under the rate.
    for (let i = 0; i < 7; i++) await pay(1, "4242424242424242");
    for (let i = 0; i < 5; i++) await pay(1, "4000000000009995");

    const raised = await Promise.all([raiseDeclineRateAlerts(platform, policy), raiseDeclineRateAlerts(platform, policy)]);
    expect(raised[0] + raised[1]).toBe(1);
    expect(await raiseDeclineRateAlerts(platform, policy)).toBe(0);

    const [shopA, shopB] = platform.merchants;
    const alerts = await listRecentMerchantAlerts(platform, { merchantId: shopA.merchantId, mode: "test" });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ object: "merchant_alert", kind: "decline_rate_spike", attempts: 12, declines: 10, declineRate: 83.3 });
    expect(await listRecentMerchantAlerts(platform, { merchantId: shopB.merchantId, mode: "test" })).toEqual([]);
    expect(await listRecentMerchantAlerts(platform, { merchantId: shopA.merchantId, mode: "live" })).toEqual([]);

    const events = await platform.db.select().from(schema.events).where(eq(schema.events.type, "merchant.decline_rate_spike"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ merchantId: shopA.merchantId, mode: "test", objectId: alerts[0]!.id });
    expect(events[0]!.data).toMatchObject({ declines: 10, attempts: 12 });
  });

  it("raises again in a later window if the spike goes on, and the banner forgets alerts after a day", async () => {
    platform.clock.advance(15 * 60_000);
    for (let i = 0; i < 10; i++) await pay(0, "4100000000000019");
    expect(await raiseDeclineRateAlerts(platform, policy)).toBe(1);
    const scope = { merchantId: platform.merchants[0].merchantId, mode: "test" as const };
    expect(await listRecentMerchantAlerts(platform, scope)).toHaveLength(2);
    platform.clock.advance(25 * 3600_000);
    expect(await listRecentMerchantAlerts(platform, scope)).toEqual([]);
  });
});
