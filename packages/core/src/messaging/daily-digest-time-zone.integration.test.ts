import { schema } from "@jeton/db";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/start-test-smtp-server";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";
import { deliverDueMessages } from "./deliver-due-messages";
import { DEFAULT_MESSAGING_SETTINGS, getMessagingSettings, updateMessagingSettings } from "./messaging-settings";
import { queueDailyDigests } from "./queue-daily-digests";
import { createRecordingSmsProvider, createSmtpTransport } from "./transports";

// Paris springs forward on 29 March 2026 (02:00 → 03:00, a 23-hour day) and falls back on 25 October 2026 (a 25-hour day).
let platform: TestPlatform;
let smtp: TestSmtpServer;
let email: ReturnType<typeof createSmtpTransport>;

beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 2, now: new Date("2026-03-28T22:00:00Z") });
  smtp = await startTestSmtpServer();
  email = createSmtpTransport({ url: smtp.url, from: "Jeton <no-reply@jeton.test>" });
});
afterAll(async () => {
  email.close();
  await smtp.close();
  await platform.handle.close();
});

const paris = () => platform.merchants[0];
const deps = () => ({ ...platform, urls: testUrls, acquirers: testAcquirersWithLive });
const sweep = () => queueDailyDigests(platform);
const deliver = () => deliverDueMessages({ db: platform.db, clock: platform.clock, urls: testUrls, transports: { email, sms: createRecordingSmsProvider() } });

/** Moves the test clock forward to `iso`. */
function at(iso: string) {
  const target = new Date(iso).getTime();
  const now = platform.clock.now().getTime();
  expect(target).toBeGreaterThanOrEqual(now);
  platform.clock.advance(target - now);
}

/** A card payment of `amount` cents for the Paris shop, made at `iso`. */
async function payAt(iso: string, amount: number) {
  at(iso);
  const request = await createPaymentRequest(deps(), { merchantId: paris().merchantId, mode: "test", input: { amount, currency: "EUR", returnUrl: "https://shop-a.example/return" } });
  await attemptCardPayment(platform, request.id, "4242424242424242");
}

const digestsOf = (merchantId: string) =>
  platform.db
    .select()
    .from(schema.messages)
    .where(and(eq(schema.messages.merchantId, merchantId), like(schema.messages.dedupeKey, "digest:%")));

describe("the daily digest in the merchant's time zone", () => {
  it("refuses a time zone that is not an IANA name, changing nothing", async () => {
    const before = await getMessagingSettings(platform, paris().merchantId);
    for (const timeZone of ["CET", "+02:00", "Mars/Olympus", "Europe/Paris; DROP TABLE", "", "x".repeat(100)]) {
      await expect(updateMessagingSettings(platform, paris().merchantId, { ...DEFAULT_MESSAGING_SETTINGS, timeZone })).rejects.toMatchObject({
        code: "parameter_invalid",
        param: "timeZone",
      });
    }
    for (const digestHour of [-1, 24, 6.5]) {
      await expect(updateMessagingSettings(platform, paris().merchantId, { ...DEFAULT_MESSAGING_SETTINGS, digestHour })).rejects.toMatchObject({ param: "digestHour" });
    }
    expect(await getMessagingSettings(platform, paris().merchantId)).toEqual(before);
    expect(before).toMatchObject({ timeZone: "UTC", digestHour: 6 });
  });

  it("sums up the 23-hour local day of the spring change, sent once from the chosen local hour", async () => {
    await updateMessagingSettings(platform, paris().merchantId, { ...DEFAULT_MESSAGING_SETTINGS, digestEmails: ["books@shop-a.example"], timeZone: "Europe/Paris", digestHour: 7 });
    await payAt("2026-03-28T22:30:00Z", 1000); // 23:30 on the 28th in Paris: not the 29th
    await payAt("2026-03-28T23:30:00Z", 2000); // 00:30 on the 29th (CET)
    await payAt("2026-03-29T21:30:00Z", 4000); // 23:30 on the 29th (CEST)
    await payAt("2026-03-29T22:30:00Z", 8000); // 00:30 on the 30th: not the 29th

    at("2026-03-30T04:59:00Z"); // 06:59 in Paris: not yet
    expect(await sweep()).toBe(0);
    at("2026-03-30T05:00:00Z"); // 07:00 in Paris
    // Two instances sweeping at once: the unique dedupe key lets one digest through.
    expect((await Promise.all([sweep(), sweep()])).reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sweep()).toBe(0);
    const [row] = await digestsOf(paris().merchantId);
    expect(row).toMatchObject({ dedupeKey: "digest:2026-03-29:books@shop-a.example", recipient: "books@shop-a.example" });
    expect(row!.payload).toMatchObject({ date: "2026-03-29", timeZone: "Europe/Paris", payments: { count: 2, totals: [{ currency: "EUR", amount: 6000 }] } });

    await deliver();
    const [mail] = await smtp.waitFor(1);
    expect(mail!.subject).toMatch(/29 mars 2026/);
    expect(mail!.text).toMatch(/2 — 60,00/);
    expect(mail!.text).toMatch(/Europe\/Paris/);
  });

  it("sums up the 25-hour local day of the autumn change", async () => {
    await payAt("2026-10-24T21:30:00Z", 1000); // 23:30 on the 24th (CEST): not the 25th
    await payAt("2026-10-24T22:30:00Z", 2000); // 00:30 on the 25th (CEST)
    await payAt("2026-10-25T22:30:00Z", 4000); // 23:30 on the 25th (CET): 25 hours after local midnight
    await payAt("2026-10-25T23:30:00Z", 8000); // 00:30 on the 26th

    at("2026-10-26T05:59:00Z"); // 06:59 in Paris (CET)
    const before = (await digestsOf(paris().merchantId)).length;
    await sweep();
    expect((await digestsOf(paris().merchantId)).map((m) => m.dedupeKey)).not.toContain("digest:2026-10-25:books@shop-a.example");
    at("2026-10-26T06:00:00Z"); // 07:00 in Paris
    expect(await sweep()).toBe(1);
    const digests = await digestsOf(paris().merchantId);
    expect(digests.length).toBeGreaterThan(before);
    const october = digests.find((m) => m.dedupeKey === "digest:2026-10-25:books@shop-a.example");
    expect(october!.payload).toMatchObject({ date: "2026-10-25", payments: { count: 2, totals: [{ currency: "EUR", amount: 6000 }] } });
  });

  it("keeps a UTC merchant on UTC days: its digest waits for its own hour", async () => {
    const other = platform.merchants[1];
    await updateMessagingSettings(platform, other.merchantId, { ...DEFAULT_MESSAGING_SETTINGS, digestEmails: ["books@shop-b.example"] });
    const request = await createPaymentRequest(deps(), { merchantId: other.merchantId, mode: "test", input: { amount: 500, currency: "EUR", returnUrl: "https://shop-b.example/return" } });
    await attemptCardPayment(platform, request.id, "4242424242424242");
    at("2026-10-27T05:59:00Z");
    await sweep();
    expect(await digestsOf(other.merchantId)).toEqual([]);
    at("2026-10-27T06:00:00Z");
    await sweep();
    expect((await digestsOf(other.merchantId)).map((m) => m.dedupeKey)).toEqual(["digest:2026-10-26:books@shop-b.example"]);
  });
});
