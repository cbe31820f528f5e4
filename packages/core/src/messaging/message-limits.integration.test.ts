import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";
import { DEFAULT_MESSAGING_SETTINGS, updateMessagingSettings } from "./messaging-settings";
import { sendPaymentRequest } from "./send-payment-request";

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 2, now: new Date("2026-03-02T10:00:00Z") });
});
afterAll(async () => {
  await platform.handle.close();
});
const deps = () => ({ ...platform, urls: testUrls, acquirers: testAcquirersWithLive });

async function openRequests(merchantId: string, returnUrl: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    ids.push((await createPaymentRequest(deps(), { merchantId, mode: "test", input: { amount: 1000 + i, currency: "EUR", returnUrl } })).id);
  }
  return ids;
}

/** Fires every send at once; each is its own transaction on its own connection. */
async function sendAllAtOnce(merchantId: string, sends: { id: string; email: string }[]) {
  const outcomes = await Promise.allSettled(sends.map(({ id, email }) => sendPaymentRequest(deps(), { merchantId, mode: "test" }, { paymentRequestId: id, sendTo: { email } })));
  const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
  return { sent: outcomes.length - refused.length, refusedCodes: refused.map((o) => (o.reason as { code?: string }).code) };
}

async function snapshot(merchantId: string) {
  const messages = await platform.db.select().from(schema.messages).where(eq(schema.messages.merchantId, merchantId));
  const requests = await platform.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.merchantId, merchantId));
  return { messages, requests };
}

describe("abuse limits under concurrency", () => {
  it("queues exactly k of N parallel sends at a per-hour limit of k; the rest are refused and change nothing", async () => {
    const shop = platform.merchants[0];
    const k = 3;
    const n = 10;
    await updateMessagingSettings(platform, shop.merchantId, { ...DEFAULT_MESSAGING_SETTINGS, maxMessagesPerHour: k });
    const ids = await openRequests(shop.merchantId, "https://shop-a.example/return", n);
    const before = await snapshot(shop.merchantId);

    const { sent, refusedCodes } = await sendAllAtOnce(shop.merchantId, ids.map((id, i) => ({ id, email: `shopper${i}@example.com` })));

    expect(sent).toBe(k);
    expect(refusedCodes).toEqual(Array(n - k).fill("message_limit_exceeded"));
    const after = await snapshot(shop.merchantId);
    expect(after.messages.length - before.messages.length).toBe(k);
    expect(after.messages.every((m) => m.status === "queued" && m.errorClass === null)).toBe(true);
    expect(after.requests).toEqual(before.requests);
  });

  it("queues exactly k of N parallel sends to one recipient at a per-recipient limit of k", async () => {
    const shop = platform.merchants[1];
    const k = 2;
    const n = 8;
    await updateMessagingSettings(platform, shop.merchantId, { ...DEFAULT_MESSAGING_SETTINGS, maxPerRecipientPerDay: k });
    const ids = await openRequests(shop.merchantId, "https://shop-b.example/return", n);
    const before = await snapshot(shop.merchantId);

    const { sent, refusedCodes } = await sendAllAtOnce(shop.merchantId, ids.map((id) => ({ id, email: "same@example.com" })));

    expect(sent).toBe(k);
    expect(refusedCodes).toEqual(Array(n - k).fill("message_limit_exceeded"));
    const after = await snapshot(shop.merchantId);
    expect(after.messages.filter((m) => m.recipient === "same@example.com")).toHaveLength(k);
    expect(after.messages.length - before.messages.length).toBe(k);
    expect(after.requests).toEqual(before.requests);
  });
});
