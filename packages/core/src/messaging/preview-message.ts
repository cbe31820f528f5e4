import type { Clock } from "../clock/clock";
import type { Database } from "@jeton/db";
import type { PlatformUrls } from "../urls/platform-urls";
import { loadMessageBranding } from "./load-message-branding";
import { getMessagingSettings } from "./messaging-settings";
import type { MessageTemplate } from "./templates/payloads";
import type { RenderedEmail } from "./templates/render-message";
import type { MessageLocale } from "./templates/strings";

/**
 * A template rendered with the merchant's branding and made-up figures, for
 * the back-office preview: what a shopper (or the merchant) would receive.
 */
export async function previewMessage(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  merchantId: string,
  template: MessageTemplate,
  locale: MessageLocale,
): Promise<RenderedEmail & { sms: string | null }> {
  const { publicUrl } = urls;
  const { branding } = await loadMessageBranding(db, merchantId);
  const now = clock.now();
  const request = { merchant: branding, amount: 4990, currency: "EUR", description: "Order #1042", reference: "ORDER-1042", url: `${publicUrl}/pay/pr_preview`, expiresAt: new Date(now.getTime() + 7 * 86_400_000).toISOString() };
  const receipt = { merchant: branding, amount: 4990, currency: "EUR", card: { brand: "visa", last4: "4242" }, authorizationCode: "A1B2C3", reference: "ORDER-1042", transactionId: "tx_preview", date: now.toISOString(), customerEmail: "ada@example.com" };
  const payloads: Record<MessageTemplate, Record<string, unknown>> = {
    payment_request: request,
    reminder: request,
    receipt,
    payment_confirmation: receipt,
    refund_receipt: { ...receipt, refundAmount: 1500, refundId: "re_preview" },
    daily_digest: {
      merchant: branding,
      date: new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10),
      timeZone: (await getMessagingSettings({ db }, merchantId)).timeZone,
      mode: "test",
      payments: { count: 12, totals: [{ currency: "EUR", amount: 48_250 }] },
      refunds: { count: 1, totals: [{ currency: "EUR", amount: 1500 }] },
      refusals: { count: 2, totals: [{ currency: "EUR", amount: 9980 }] },
    },
  };
  const { renderEmail, renderSms } = await import("./templates/render-message");
  const email = await renderEmail(template, payloads[template], locale, publicUrl);
  const sms = template === "payment_request" || template === "reminder" || template === "receipt" ? renderSms(template, payloads[template], locale) : null;
  return { ...email, sms };
}
