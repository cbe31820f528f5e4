import { schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createPaymentRequest, type CreatePaymentRequestInput } from "../payment-requests/create-payment-request";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/start-test-smtp-server";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";
import { testLogoPng } from "../testing/test-logo";
import { setMerchantLogo } from "../merchants/set-merchant-logo";
import { removeMerchantLogo } from "../merchants/remove-merchant-logo";
import { refundTransaction } from "../transactions/refund-transaction";
import { settleTransactions } from "../transactions/settle-transactions";
import { deliverDueMessages, MESSAGE_RETRY_DELAYS_MS } from "./deliver-due-messages";
import { listPaymentRequestMessages } from "./list-payment-request-messages";
import { updateMessagingSettings, DEFAULT_MESSAGING_SETTINGS } from "./messaging-settings";
import { queueDailyDigests } from "./queue-daily-digests";
import { queueDueReminders } from "./queue-due-reminders";
import { createRecordingSmsProvider, createSmtpTransport, MessageSendError, type EmailTransport, type MessageTransports } from "./transports";

const DAY = 86_400_000;
let platform: TestPlatform;
let smtp: TestSmtpServer;
let email: ReturnType<typeof createSmtpTransport>;
let sms: ReturnType<typeof createRecordingSmsProvider>;

beforeAll(async () => {
  platform = await createTestPlatform({ merchants: 2, now: new Date("2026-03-02T10:00:00Z") });
});
afterAll(async () => {
  await platform.handle.close();
});
beforeEach(async () => {
  // Each test counts its own sends: what earlier tests left queued is set aside.
  await platform.db.update(schema.messages).set({ status: "canceled", nextAttemptAt: null }).where(eq(schema.messages.status, "queued"));
  smtp = await startTestSmtpServer();
  email = createSmtpTransport({ url: smtp.url, from: "Jeton <no-reply@jeton.test>" });
  sms = createRecordingSmsProvider();
});
afterEach(async () => {
  email.close();
  await smtp.close();
});

const merchant = () => platform.merchants[0];
const scope = () => ({ merchantId: merchant().merchantId, mode: "test" as const });
const deps = () => ({ ...platform, urls: testUrls, acquirers: testAcquirersWithLive });
const transports = (override?: Partial<MessageTransports>): MessageTransports => ({ email, sms, ...override });
const deliver = (override?: Partial<MessageTransports>) => deliverDueMessages({ db: platform.db, clock: platform.clock, urls: testUrls, transports: transports(override) });

function create(input: Partial<CreatePaymentRequestInput>, which = merchant()) {
  return createPaymentRequest(deps(), {
    merchantId: which.merchantId,
    mode: "test",
    input: { amount: 2590, currency: "EUR", returnUrl: "https://shop-a.example/return", description: "Blue mug", merchantReference: "ORDER-7", ...input },
  });
}

async function setSettings(changes: Partial<typeof DEFAULT_MESSAGING_SETTINGS>, merchantId = merchant().merchantId) {
  await updateMessagingSettings(platform, merchantId, { ...DEFAULT_MESSAGING_SETTINGS, ...changes });
}

const weekFromNow = () => new Date(platform.clock.now().getTime() + 7 * DAY).toISOString();

async function messagesOf(paymentRequestId: string) {
  return listPaymentRequestMessages(platform, scope(), paymentRequestId);
}

describe("Push & Pay", () => {
  it.each([
    ["fr", "ltr", "Payer 25,90"],
    ["en", "ltr", "Pay €25.90"],
    ["ar", "rtl", "ادفع"],
  ] as const)("sends the request in %s, with an HTML and a text part, its link and a stable Message-ID", async (locale, dir, button) => {
    const request = await create({ locale, sendTo: { email: `Shopper-${locale}@Example.com` } });
    expect(request.qrCodeUrl).toBe(`https://pay.example/pay/${request.id}/qr.svg`);
    expect(request.messages).toEqual([expect.objectContaining({ channel: "email", template: "payment_request", status: "queued", recipient: `shopper-${locale}@example.com` })]);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
    const [mail] = await smtp.waitFor(1);
    const [row] = await platform.db.select().from(schema.messages).where(eq(schema.messages.paymentRequestId, request.id));
    expect(mail!.messageId).toBe(row!.messageId);
    expect(mail!.to).toMatchObject({ text: `shopper-${locale}@example.com` });
    expect(mail!.subject).toContain("Shop A");
    expect(mail!.html).toContain(`dir="${dir}"`);
    expect(mail!.html).toContain(`lang="${locale}"`);
    expect(String(mail!.html).replace(/\u00a0|\u202f/g, " ")).toContain(button.replace(/\u00a0/g, " "));
    expect(mail!.text).toContain(`https://pay.example/pay/${request.id}`);
    expect(mail!.html).toContain(`href="https://pay.example/pay/${request.id}"`);
    const [listed] = await messagesOf(request.id);
    expect(listed).toMatchObject({ status: "sent", attempts: 1, errorClass: null });
    const events = await platform.db.select().from(schema.events).where(and(eq(schema.events.objectId, row!.id), eq(schema.events.type, "message.sent")));
    expect(events).toHaveLength(1);
  });

  it("carries the merchant's logo inside the email (inline, cid:) with its alt text, not as a remote image", async () => {
    const [, other] = platform.merchants;
    await setMerchantLogo(deps(), other.merchantId, { bytes: testLogoPng, declaredType: "image/png" });
    const returnUrl = "https://shop-b.example/return";
    await create({ locale: "en", returnUrl, sendTo: { email: "logo@example.com" } }, other);
    await deliver();
    const [mail] = await smtp.waitFor(1);
    const logo = mail!.attachments.find((a) => a.contentType === "image/png");
    expect(logo).toMatchObject({ cid: "merchant-logo@jeton.messages", contentDisposition: "inline", related: true });
    expect(Buffer.compare(logo!.content, testLogoPng)).toBe(0);
    const html = String(mail!.html);
    expect(html).toMatch(/<img[^>]+src="cid:merchant-logo@jeton\.messages"/);
    expect(html).toMatch(/<img[^>]+alt="Shop B logo"/);
    expect(html).not.toContain("/branding/");

    // A logo removed after the message was queued: the name instead, no broken image.
    await create({ locale: "en", returnUrl, sendTo: { email: "nologo@example.com" } }, other);
    await removeMerchantLogo(deps(), other.merchantId);
    await deliver();
    const [, second] = await smtp.waitFor(2);
    expect(second!.attachments).toEqual([]);
    expect(String(second!.html)).not.toMatch(/<img/);
  });

  it("sends by SMS to an E.164 number through the SMS provider", async () => {
    const request = await create({ locale: "fr", sendTo: { phone: "+33612345678" } });
    await deliver();
    expect(sms.sent).toEqual([expect.objectContaining({ to: "+33612345678", text: expect.stringContaining(`https://pay.example/pay/${request.id}`) })]);
  });

  it.each([
    [{ email: "not-an-email" }, "sendTo[email]"],
    [{ phone: "0612345678" }, "sendTo[phone]"],
    [{ phone: "+331" }, "sendTo[phone]"],
    [{ email: "ada@example.com", phone: "+9991234567" }, "sendTo[phone]"],
    [{}, "sendTo"],
  ])("refuses %o with a 400 naming %s, and creates and queues nothing", async (sendTo, param) => {
    const before = await platform.db.select().from(schema.paymentRequests);
    const queued = await platform.db.select().from(schema.messages);
    const error = await create({ sendTo }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "parameter_invalid", param });
    expect(await platform.db.select().from(schema.paymentRequests)).toHaveLength(before.length);
    expect(await platform.db.select().from(schema.messages)).toHaveLength(queued.length);
  });

  it("refuses a send over the per-recipient limit (429) and creates nothing; other merchants are not limited by it", async () => {
    const [, other] = platform.merchants;
    await setSettings({ maxPerRecipientPerDay: 1 }, other.merchantId);
    const returnUrl = "https://shop-b.example/return";
    await create({ returnUrl, sendTo: { email: "limited@example.com" } }, other);
    const count = (await platform.db.select().from(schema.paymentRequests)).length;
    await expect(create({ returnUrl, sendTo: { email: "limited@example.com" } }, other)).rejects.toMatchObject({ code: "message_limit_exceeded", param: "sendTo[email]" });
    expect(await platform.db.select().from(schema.paymentRequests)).toHaveLength(count);
    await expect(create({ sendTo: { email: "limited@example.com" } })).resolves.toMatchObject({ status: "open" });
  });

  it("retries after the SMTP server refuses, then sends once it accepts", async () => {
    smtp.refuseNext(1);
    const request = await create({ sendTo: { email: "retry@example.com" } });
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
    let [message] = await messagesOf(request.id);
    expect(message).toMatchObject({ status: "queued", attempts: 1, errorClass: "temporary" });
    expect(new Date(message!.nextAttemptAt!).getTime()).toBe(platform.clock.now().getTime() + MESSAGE_RETRY_DELAYS_MS[0]);
    expect(await deliver()).toMatchObject({ claimed: 0 }); // not due yet
    platform.clock.advance(MESSAGE_RETRY_DELAYS_MS[0]);
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
    [message] = await messagesOf(request.id);
    expect(message).toMatchObject({ status: "sent", attempts: 2, errorClass: null });
    expect(smtp.received).toHaveLength(1);
  });

  it("survives a restart between claim and send: the message goes once, after the lease", async () => {
    const request = await create({ sendTo: { email: "restart@example.com" } });
    // The first worker claims the message, then its process dies before the send completes.
    const hung: EmailTransport = { send: () => new Promise<void>(() => {}) };
    void deliverDueMessages({ db: platform.db, clock: platform.clock, urls: testUrls, transports: transports({ email: hung }) }, { leaseMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Another instance sees nothing due while the lease holds…
    expect(await deliver()).toMatchObject({ claimed: 0 });
    platform.clock.advance(60_001);
    // …and sends it once the lease has run out.
    expect(await deliver()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await deliver()).toMatchObject({ claimed: 0 });
    await smtp.waitFor(1);
    expect(smtp.received.filter((mail) => mail.to && JSON.stringify(mail.to).includes("restart@"))).toHaveLength(1);
    expect((await messagesOf(request.id))[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("a retry after a crash between sending and recording carries the same Message-ID", async () => {
    await create({ sendTo: { email: "twice@example.com" } });
    // Sent, but the outcome was not recorded (the worker saw an error): the retry repeats the Message-ID.
    const sentThenLost: EmailTransport = {
      async send(message) {
        await email.send(message);
        throw new MessageSendError("connection_failed", false);
      },
    };
    await deliver({ email: sentThenLost });
    platform.clock.advance(MESSAGE_RETRY_DELAYS_MS[0]);
    await deliver();
    const [first, second] = await smtp.waitFor(2);
    expect(first!.messageId).toBe(second!.messageId);
  });
});

describe("reminders", () => {
  it("sends each step once on its day, on its channels, and stops when the request is paid", async () => {
    await setSettings({ reminderSteps: [{ afterDays: 1, channels: ["email"] }, { afterDays: 3, channels: ["email", "sms"] }] });
    const request = await create({ locale: "en", expiresAt: weekFromNow(), sendTo: { email: "late@example.com", phone: "+33612345678" } });
    await deliver();
    const sweep = () => queueDueReminders({ db: platform.db, clock: platform.clock, urls: testUrls });
    platform.clock.advance(DAY - 60_000);
    expect(await sweep()).toBe(0);
    platform.clock.advance(60_000);
    expect(await sweep()).toBe(1); // step 1, by email only
    expect(await sweep()).toBe(0); // never twice
    await deliver();
    const mails = await smtp.waitFor(2);
    expect(mails[1]!.subject).toMatch(/^Reminder: Shop A is waiting for your payment/);
    expect(sms.sent).toHaveLength(1); // the request only
    // Paid on day 2: step 2 never goes.
    platform.clock.advance(DAY);
    expect((await attemptCardPayment(platform, request.id, "4242424242424242")).kind).toBe("completed");
    platform.clock.advance(DAY);
    expect(await sweep()).toBe(0);
    const listed = await messagesOf(request.id);
    expect(listed.filter((m) => m.template === "reminder")).toEqual([expect.objectContaining({ reminderStep: 1, status: "sent", channel: "email" })]);
  });

  it("cancels a reminder still queued when the request is paid", async () => {
    await setSettings({ reminderSteps: [{ afterDays: 1, channels: ["email"] }] });
    const request = await create({ expiresAt: weekFromNow(), sendTo: { email: "paid-fast@example.com" } });
    await deliver();
    platform.clock.advance(DAY);
    expect(await queueDueReminders({ db: platform.db, clock: platform.clock, urls: testUrls })).toBe(1);
    await attemptCardPayment(platform, request.id, "4242424242424242");
    await deliver();
    const reminder = (await messagesOf(request.id)).find((m) => m.template === "reminder");
    expect(reminder).toMatchObject({ status: "canceled" });
    expect(smtp.received.filter((m) => /Reminder|Rappel/.test(m.subject ?? ""))).toHaveLength(0);
  });
});

describe("receipts", () => {
  it("emails the shopper a receipt after the payment and a refund receipt after a refund, with brand and last 4 only", async () => {
    await setSettings({ confirmationEmails: ["owner@shop-a.example"] });
    const request = await create({ locale: "fr", sendTo: { email: "buyer@example.com" } });
    await deliver();
    const paid = await attemptCardPayment(platform, request.id, "4242424242424242");
    if (paid.kind !== "completed") throw new Error(paid.kind);
    await deliver();
    const mails = await smtp.waitFor(3);
    expect(mails).toHaveLength(3); // the request, the receipt, the merchant's confirmation
    const receipt = mails.find((m) => m.subject?.startsWith("Votre ticket"))!;
    expect(receipt.to).toMatchObject({ text: "buyer@example.com" });
    for (const part of [receipt.text!, String(receipt.html)]) {
      expect(part).toContain("4242");
      expect(part).toContain(paid.transaction.authorizationCode!);
      expect(part).toContain("ORDER-7");
      expect(part).not.toContain("4242424242424242");
      expect(part).not.toContain("424242 ");
    }
    expect(receipt.text).toMatch(/25,90/);
    const confirmation = mails.find((m) => JSON.stringify(m.to).includes("owner@shop-a.example"))!;
    expect(confirmation.text).toContain("buyer@example.com");

    platform.clock.advance(1000);
    await settleTransactions(platform, {});
    await refundTransaction(deps(), { merchantId: merchant().merchantId, mode: "test", transactionId: paid.transaction.id, amount: 1000 });
    await deliver();
    const all = await smtp.waitFor(4);
    expect(all).toHaveLength(4);
    const refund = all.find((m) => m.subject?.startsWith("Remboursement"))!;
    expect(refund.subject).toContain("10,00");
    expect(refund.text).toContain("25,90");
    expect(refund.text).toContain("4242");
  });

  it("sends no receipt when the merchant turned receipts off", async () => {
    await setSettings({ receiptsEnabled: false });
    const request = await create({ customerEmail: "quiet@example.com" });
    await attemptCardPayment(platform, request.id, "4242424242424242");
    expect((await messagesOf(request.id)).filter((m) => m.template === "receipt")).toEqual([]);
  });
});

describe("daily digest", () => {
  it("sums up yesterday's payments, refunds and refusals once per address", async () => {
    const [, other] = platform.merchants;
    await setSettings({ digestEmails: ["books@shop-b.example"], maxPerRecipientPerDay: 100 }, other.merchantId);
    const paid = await create({ amount: 4200, returnUrl: "https://shop-b.example/return" }, other);
    await attemptCardPayment(platform, paid.id, "4242424242424242");
    const refused = await create({ amount: 990, returnUrl: "https://shop-b.example/return" }, other);
    await attemptCardPayment(platform, refused.id, "4000000000009995");
    const today = platform.clock.now().getTime();
    platform.clock.advance(Math.ceil(today / DAY) * DAY - today + 6 * 3_600_000); // tomorrow, 06:00 UTC
    const sweep = () => queueDailyDigests(platform);
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    expect(await sweep()).toBe(0);
    await deliver();
    const mails = await smtp.waitFor(1);
    const digest = mails.find((m) => JSON.stringify(m.to).includes("books@shop-b.example"))!;
    expect(digest.subject).toMatch(/Shop B/);
    expect(digest.text).toMatch(/42,00/);
    expect(digest.text).toMatch(/9,90/);
  });
});
