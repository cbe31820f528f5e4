import { z } from "zod";

/** The merchant as messages show it, fixed when the message is queued. `logoPath` is the platform's own logo URL path. */
export const messageBranding = z.object({
  name: z.string(),
  primaryColor: z.string(),
  backgroundColor: z.string(),
  logoPath: z.string().nullable(),
});
export type MessageBranding = z.infer<typeof messageBranding>;

/** Card data a message may carry: the brand and the last 4 digits, nothing more. */
const cardSummary = z.strictObject({ brand: z.string(), last4: z.string().regex(/^\d{4}$/) });

export const paymentRequestPayload = z.object({
  merchant: messageBranding,
  amount: z.number().int(),
  currency: z.string(),
  description: z.string().nullable(),
  reference: z.string().nullable(),
  url: z.string(),
  expiresAt: z.string(),
});

export const receiptPayload = z.object({
  merchant: messageBranding,
  amount: z.number().int(),
  currency: z.string(),
  card: cardSummary,
  authorizationCode: z.string().nullable(),
  reference: z.string().nullable(),
  transactionId: z.string(),
  date: z.string(),
  customerEmail: z.string().nullable().optional(),
});

export const refundReceiptPayload = receiptPayload.extend({ refundAmount: z.number().int(), refundId: z.string() });

const digestLine = z.object({ count: z.number().int(), totals: z.array(z.object({ currency: z.string(), amount: z.number().int() })) });
export const dailyDigestPayload = z.object({
  merchant: messageBranding,
  /** The day summed up, YYYY-MM-DD, a calendar day in `timeZone`. */
  date: z.string(),
  /** The merchant's time zone (IANA name); messages queued before it existed were UTC days. */
  timeZone: z.string().default("UTC"),
  mode: z.enum(["test", "live"]),
  payments: digestLine,
  refunds: digestLine,
  refusals: digestLine,
});

export type PaymentRequestPayload = z.infer<typeof paymentRequestPayload>;
export type ReceiptPayload = z.infer<typeof receiptPayload>;
export type RefundReceiptPayload = z.infer<typeof refundReceiptPayload>;
export type DailyDigestPayload = z.infer<typeof dailyDigestPayload>;

/** Each template's payload schema: checked when a message is queued and again when it is rendered. */
export const templatePayloads = {
  payment_request: paymentRequestPayload,
  reminder: paymentRequestPayload,
  receipt: receiptPayload,
  refund_receipt: refundReceiptPayload,
  payment_confirmation: receiptPayload,
  daily_digest: dailyDigestPayload,
} as const;

export type MessageTemplate = keyof typeof templatePayloads;
export type TemplatePayload<T extends MessageTemplate> = z.infer<(typeof templatePayloads)[T]>;
