import { createPaymentRequest, getMessagingSettings, getPaymentLink, listPaymentRequestMessages, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPaymentLink, createPaymentLinkOptions } from "@/app/(backoffice)/dashboard/links/create/handler";
import { sendPaymentLink, sendPaymentLinkOptions } from "@/app/(backoffice)/dashboard/links/[id]/send/handler";
import { handleStaffMutation } from "@/server/backoffice/staff-mutation";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, staffFormRequest, type TestStaff } from "@/server/testing/create-test-staff";
import { saveMessagingSettings, saveMessagingSettingsOptions } from "./save/handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let admin: TestStaff;
let viewer: TestStaff;
let adminOfB: TestStaff;

const location = (response: Response) => new URL(response.headers.get("location")!);
const createLink = (who: TestStaff, fields: Record<string, string>) =>
  handleStaffMutation(
    ctx,
    staffFormRequest(ctx, who, "/dashboard/links/create", { back: "/dashboard/links/new", amount: "12.00", currency: "EUR", expiresIn: "7d", ...fields }),
    {},
    createPaymentLinkOptions,
    createPaymentLink,
  );
const send = (who: TestStaff, id: string, fields: Record<string, string>) =>
  handleStaffMutation(ctx, staffFormRequest(ctx, who, `/dashboard/links/${id}/send`, { back: `/dashboard/links/${id}`, ...fields }), { id }, sendPaymentLinkOptions, sendPaymentLink);
const save = (who: TestStaff, fields: Record<string, string>) =>
  handleStaffMutation(ctx, staffFormRequest(ctx, who, "/dashboard/settings/messaging/save", { back: "/dashboard/settings/messaging", ...fields }), {}, saveMessagingSettingsOptions, saveMessagingSettings);
const messageCount = async () => (await ctx.db.select().from(schema.messages)).length;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA] = ctx.merchants;
  admin = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "admin" });
  viewer = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "viewer" });
  adminOfB = await createTestStaff(ctx, { merchantId: ctx.merchants[1].merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});

describe("payment links sent by email / SMS", () => {
  it("creates a link and sends it by email and SMS at once", async () => {
    const response = await createLink(admin, { customerEmail: "ada@example.com", sendByEmail: "on", sendToPhone: "+33612345678" });
    expect(location(response).searchParams.get("notice")).toBe("link_created_and_sent");
    const id = location(response).pathname.split("/").at(-1)!;
    const messages = await listPaymentRequestMessages(ctx, { merchantId: shopA.merchantId, mode: "test" }, id);
    expect(messages.map((m) => [m.channel, m.recipient, m.status])).toEqual(
      expect.arrayContaining([
        ["email", "ada@example.com", "queued"],
        ["sms", "+33612345678", "queued"],
      ]),
    );
  });

  it("refuses a bad phone, naming it, and creates nothing", async () => {
    const before = (await ctx.db.select().from(schema.paymentRequests)).length;
    const response = await createLink(admin, { sendToPhone: "06 12" });
    expect(location(response).searchParams.get("param")).toBe("sendTo[phone]");
    expect((await ctx.db.select().from(schema.paymentRequests)).length).toBe(before);
  });

  it("sends an open link again; a viewer and another merchant's admin cannot", async () => {
    const id = location(await createLink(admin, {})).pathname.split("/").at(-1)!;
    expect(location(await send(admin, id, { email: "bob@example.com" })).searchParams.get("notice")).toBe("link_sent");
    const count = await messageCount();
    expect((await send(viewer, id, { email: "bob@example.com" })).status).toBe(303);
    expect(await messageCount()).toBe(count);
    const other = await send(adminOfB, id, { email: "bob@example.com" });
    expect(location(other).searchParams.get("error")).toBe("resource_not_found");
    expect(await messageCount()).toBe(count);
  });
});

describe("a payment request made through the API, in the back-office", () => {
  it("is openable and sent by email / SMS like a link, its messages listed; a closed one is not sent", async () => {
    const api = await createPaymentRequest(ctx, {
      merchantId: shopA.merchantId,
      mode: "test",
      input: { amount: 990, currency: "EUR", returnUrl: `${shopA.returnUrls[0]}done`, merchantReference: "api-order-7" },
    });
    expect(await getPaymentLink(ctx, { merchantId: shopA.merchantId, mode: "test", id: api.id })).toMatchObject({ id: api.id, createdBy: null });
    expect(location(await send(admin, api.id, { email: "carol@example.com", phone: "+33612345678" })).searchParams.get("notice")).toBe("link_sent");
    const messages = await listPaymentRequestMessages(ctx, { merchantId: shopA.merchantId, mode: "test" }, api.id);
    expect(messages.map((m) => [m.template, m.channel, m.recipient, m.status]).sort()).toEqual([
      ["payment_request", "email", "carol@example.com", "queued"],
      ["payment_request", "sms", "+33612345678", "queued"],
    ]);

    await ctx.db.update(schema.paymentRequests).set({ status: "canceled" }).where(eq(schema.paymentRequests.id, api.id));
    const count = await messageCount();
    expect(location(await send(admin, api.id, { email: "carol@example.com" })).searchParams.get("error")).toBe("payment_request_not_open");
    expect(await messageCount()).toBe(count);
  });
});

describe("POST /dashboard/settings/messaging/save", () => {
  it("saves receipts, the reminder scenario, notification addresses and limits", async () => {
    const response = await save(admin, {
      step0Days: "3",
      step0Email: "on",
      step1Days: "1",
      step1Sms: "on",
      confirmationEmails: "Owner@Shop-A.example\nbooks@shop-a.example",
      digestEmails: "books@shop-a.example",
      timeZone: "Africa/Tunis",
      digestHour: "8",
      maxMessagesPerHour: "50",
      maxPerRecipientPerDay: "4",
    });
    expect(location(response).searchParams.get("notice")).toBe("messaging_saved");
    expect(await getMessagingSettings(ctx, shopA.merchantId)).toMatchObject({
      receiptsEnabled: false,
      reminderSteps: [
        { afterDays: 1, channels: ["sms"] },
        { afterDays: 3, channels: ["email"] },
      ],
      confirmationEmails: ["owner@shop-a.example", "books@shop-a.example"],
      digestEmails: ["books@shop-a.example"],
      timeZone: "Africa/Tunis",
      digestHour: 8,
      maxMessagesPerHour: 50,
      maxPerRecipientPerDay: 4,
    });
  });

  it.each([
    [{ step0Days: "0", step0Email: "on" }, "reminderSteps[0][afterDays]"],
    [{ step0Days: "2" }, "reminderSteps[0][channels]"],
    [{ confirmationEmails: "not-an-address" }, "confirmationEmails[0]"],
    [{ maxMessagesPerHour: "-3" }, "maxMessagesPerHour"],
    [{ timeZone: "CET" }, "timeZone"],
    [{ timeZone: "Europe/Atlantis" }, "timeZone"],
    [{ digestHour: "24" }, "digestHour"],
  ])("refuses %j naming %s and changes nothing", async (fields, param) => {
    const before = await getMessagingSettings(ctx, shopA.merchantId);
    const response = await save(admin, {
      receiptsEnabled: "on",
      maxMessagesPerHour: "10",
      maxPerRecipientPerDay: "2",
      confirmationEmails: "",
      digestEmails: "",
      timeZone: "UTC",
      digestHour: "6",
      ...fields,
    });
    expect(location(response).searchParams.get("param")).toBe(param);
    expect(await getMessagingSettings(ctx, shopA.merchantId)).toEqual(before);
  });
});
