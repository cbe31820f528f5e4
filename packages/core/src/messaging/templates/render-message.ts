import { Body, Button, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { createElement as h, type ReactNode } from "react";
import { formatAmount, isCurrencyCode } from "../../money/currencies";
import type { DailyDigestPayload, MessageBranding, MessageTemplate, PaymentRequestPayload, ReceiptPayload, RefundReceiptPayload, TemplatePayload } from "./payloads";
import { templatePayloads } from "./payloads";
import { fill, type MessageLocale, type MessageStringKey } from "./strings";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface RenderEmailOptions {
  /**
   * Where the logo image comes from. Sent mail passes `cid:…` (the logo
   * attached inline: many mail clients block remote images, and a platform on
   * localhost is not reachable from them) or null (no logo: the name instead).
   * Left out (the back-office preview, in a browser), it is the platform's logo URL.
   */
  logoSrc?: string | null;
}

const TEXT_COLOR = "#1f2330";
const MUTED_COLOR = "#4b5263"; // ≥ 7:1 on white

function money(amount: number, currency: string, locale: MessageLocale): string {
  return isCurrencyCode(currency) ? formatAmount(amount, currency, locale) : `${amount} ${currency}`;
}

function formatDate(iso: string, locale: MessageLocale): string {
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";
}

interface LayoutProps {
  locale: MessageLocale;
  branding: MessageBranding;
  logoSrc: string | null;
  preview: string;
  heading: string;
  children: ReactNode[];
}

/**
 * The frame every email shares: the merchant's logo (with alt text) or name,
 * a heading, the body, and a footer. `lang` and `dir` follow the message's
 * locale, so Arabic reads right to left. Text is real text (no images of
 * text); colours are the merchant's, on white, for contrast.
 */
function Layout({ locale, branding, logoSrc, preview, heading, children }: LayoutProps) {
  const dir = locale === "ar" ? "rtl" : "ltr";
  const align = locale === "ar" ? "right" : "left";
  const merchant = branding.name;
  return h(
    Html,
    { lang: locale, dir },
    h(Head, null),
    h(Preview, null, preview),
    h(
      Body,
      { style: { backgroundColor: branding.backgroundColor, fontFamily: "Helvetica, Arial, sans-serif", color: TEXT_COLOR, margin: 0, padding: "24px 0" } },
      h(
        Container,
        { style: { backgroundColor: "#ffffff", maxWidth: "560px", padding: "32px", borderRadius: "8px", borderTop: `6px solid ${branding.primaryColor}`, textAlign: align, direction: dir } },
        logoSrc
          ? h(Img, { src: logoSrc, alt: fill(locale, "logoAlt", { merchant }), height: "48", style: { maxHeight: "48px", marginBottom: "16px" } })
          : h(Text, { style: { fontSize: "18px", fontWeight: 700, margin: "0 0 16px" } }, merchant),
        h(Heading, { as: "h1", style: { fontSize: "22px", lineHeight: "1.3", margin: "0 0 16px", color: TEXT_COLOR } }, heading),
        ...children,
        h(Hr, { style: { borderColor: "#d8dbe3", margin: "24px 0 12px" } }),
        h(Text, { style: { fontSize: "12px", color: MUTED_COLOR, margin: 0 } }, fill(locale, "footer", { merchant })),
      ),
    ),
  );
}

function paragraph(text: string) {
  return h(Text, { style: { fontSize: "16px", lineHeight: "1.5", margin: "0 0 16px" } }, text);
}

/** A two-column table of facts (label, value): a real table, read cell by cell by screen readers. */
function facts(locale: MessageLocale, rows: [MessageStringKey, string | null | undefined][]) {
  const align = locale === "ar" ? "right" : "left";
  return h(
    Section,
    { style: { margin: "0 0 16px" } },
    h(
      "table",
      { role: "presentation", width: "100%", cellPadding: 0, cellSpacing: 0, style: { borderCollapse: "collapse", fontSize: "15px" } },
      h(
        "tbody",
        null,
        ...rows
          .filter((row): row is [MessageStringKey, string] => row[1] !== null && row[1] !== undefined && row[1] !== "")
          .map(([key, value]) =>
            h(
              "tr",
              { key },
              h("th", { scope: "row", style: { textAlign: align, fontWeight: 400, color: MUTED_COLOR, padding: "6px 0", borderBottom: "1px solid #eceef3" } }, fill(locale, key)),
              h("td", { style: { textAlign: locale === "ar" ? "left" : "right", fontWeight: 700, padding: "6px 0", borderBottom: "1px solid #eceef3" }, dir: "auto" }, value),
            ),
          ),
      ),
    ),
  );
}

function requestEmail(template: "payment_request" | "reminder", p: PaymentRequestPayload, locale: MessageLocale, logoSrc: string | null) {
  const amount = money(p.amount, p.currency, locale);
  const merchant = p.merchant.name;
  const reminder = template === "reminder";
  const subject = fill(locale, reminder ? "reminderSubject" : "requestSubject", { merchant, amount });
  const heading = fill(locale, reminder ? "reminderHeading" : "requestHeading", { merchant, amount });
  const body = h(Layout, {
    locale,
    branding: p.merchant,
    logoSrc,
    preview: subject,
    heading,
    children: [
      paragraph(fill(locale, reminder ? "reminderIntro" : "requestIntro", { merchant, amount })),
      facts(locale, [
        ["amount", amount],
        ["description", p.description],
        ["reference", p.reference],
      ]),
      h(
        Section,
        { style: { textAlign: "center", margin: "24px 0" } },
        h(
          Button,
          { href: p.url, style: { backgroundColor: p.merchant.primaryColor, color: "#ffffff", padding: "14px 28px", borderRadius: "6px", fontSize: "16px", fontWeight: 700, textDecoration: "none" } },
          fill(locale, "payButton", { amount }),
        ),
      ),
      h(Text, { style: { fontSize: "13px", color: MUTED_COLOR, margin: "0 0 8px" } }, fill(locale, "linkFallback")),
      h(Text, { style: { fontSize: "13px", margin: "0 0 16px", wordBreak: "break-all" } }, h(Link, { href: p.url, style: { color: TEXT_COLOR } }, p.url)),
      paragraph(fill(locale, "expires", { date: formatDate(p.expiresAt, locale) })),
    ],
  });
  return { subject, body };
}

function receiptEmail(template: "receipt" | "refund_receipt" | "payment_confirmation", p: ReceiptPayload | RefundReceiptPayload, locale: MessageLocale, logoSrc: string | null) {
  const merchant = p.merchant.name;
  const amount = money(p.amount, p.currency, locale);
  const refund = "refundAmount" in p ? money(p.refundAmount, p.currency, locale) : null;
  const card = `${p.card.brand.toUpperCase()} •••• ${p.card.last4}`;
  const [subjectKey, headingKey, introKey] =
    template === "refund_receipt"
      ? (["refundSubject", "refundHeading", "refundIntro"] as const)
      : template === "payment_confirmation"
        ? (["confirmationSubject", "confirmationHeading", "confirmationIntro"] as const)
        : (["receiptSubject", "receiptHeading", "receiptIntro"] as const);
  const shown = refund ?? amount;
  const subject = fill(locale, subjectKey, { merchant, amount: shown });
  const body = h(Layout, {
    locale,
    branding: p.merchant,
    logoSrc,
    preview: subject,
    heading: fill(locale, headingKey, { merchant, amount: shown }),
    children: [
      paragraph(fill(locale, introKey, { merchant, amount: shown })),
      facts(locale, [
        ...(refund ? ([["refundAmount", refund], ["originalAmount", amount]] as [MessageStringKey, string][]) : ([["amount", amount]] as [MessageStringKey, string][])),
        ["card", card],
        ["authorizationCode", p.authorizationCode],
        ["reference", p.reference],
        ["date", formatDate(p.date, locale)],
        ["transaction", p.transactionId],
        ...(template === "payment_confirmation" ? ([["customer", p.customerEmail ?? null]] as [MessageStringKey, string | null][]) : []),
      ]),
    ],
  });
  return { subject, body };
}

function digestEmail(p: DailyDigestPayload, locale: MessageLocale, logoSrc: string | null) {
  const merchant = p.merchant.name;
  const date = new Intl.DateTimeFormat(locale === "ar" ? "ar-u-nu-latn" : locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${p.date}T00:00:00Z`));
  const line = (l: DailyDigestPayload["payments"]) =>
    l.count === 0 ? fill(locale, "nothing") : `${l.count} — ${l.totals.map((t) => money(t.amount, t.currency, locale)).join(", ")}`;
  const subject = fill(locale, "digestSubject", { merchant, date });
  const body = h(Layout, {
    locale,
    branding: p.merchant,
    logoSrc,
    preview: subject,
    heading: fill(locale, "digestHeading", { date }),
    children: [
      paragraph(fill(locale, "digestIntro", { mode: p.mode, timeZone: p.timeZone })),
      facts(locale, [
        ["payments", line(p.payments)],
        ["refunds", line(p.refunds)],
        ["refusals", line(p.refusals)],
      ]),
    ],
  });
  return { subject, body };
}

function build(template: MessageTemplate, payload: unknown, locale: MessageLocale, publicUrl: string, options: RenderEmailOptions) {
  const parsed = templatePayloads[template].parse(payload);
  const logoPath = parsed.merchant.logoPath;
  const logoSrc = options.logoSrc !== undefined ? options.logoSrc : logoPath ? `${publicUrl}${logoPath}` : null;
  switch (template) {
    case "payment_request":
    case "reminder":
      return requestEmail(template, parsed as PaymentRequestPayload, locale, logoSrc);
    case "receipt":
    case "payment_confirmation":
      return receiptEmail(template, parsed as ReceiptPayload, locale, logoSrc);
    case "refund_receipt":
      return receiptEmail(template, parsed as RefundReceiptPayload, locale, logoSrc);
    case "daily_digest":
      return digestEmail(parsed as DailyDigestPayload, locale, logoSrc);
  }
}

/** One email, as HTML and plain text (React Email), from its template and payload. */
export async function renderEmail<T extends MessageTemplate>(
  template: T,
  payload: TemplatePayload<T> | Record<string, unknown>,
  locale: MessageLocale,
  publicUrl: string,
  options: RenderEmailOptions = {},
): Promise<RenderedEmail> {
  const { subject, body } = build(template, payload, locale, publicUrl, options);
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { subject, html, text };
}

/** One SMS: a sentence and, for a request, its link. Only request, reminder and receipt go by SMS. */
export function renderSms(template: MessageTemplate, payload: unknown, locale: MessageLocale): string {
  if (template === "payment_request" || template === "reminder") {
    const p = templatePayloads[template].parse(payload);
    return fill(locale, template === "reminder" ? "smsReminder" : "smsRequest", { merchant: p.merchant.name, amount: money(p.amount, p.currency, locale), url: p.url });
  }
  if (template === "receipt") {
    const p = templatePayloads.receipt.parse(payload);
    return fill(locale, "smsReceipt", { merchant: p.merchant.name, amount: money(p.amount, p.currency, locale), brand: p.card.brand.toUpperCase(), last4: p.card.last4 });
  }
  throw new Error(`template ${template} has no SMS form`);
}
