import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { checkCaptureDelay } from "../payments/create-transaction";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import { lockCustomer } from "../customers/lock-customer";
import type { Mode } from "../merchants/create-api-key";
import { isCurrencyCode } from "../money/currencies";
import { queuePaymentRequestMessages } from "../messaging/send-payment-request";
import { checkSendTo, type SendTo } from "../messaging/send-to";
import type { PlatformUrls } from "../urls/platform-urls";
import { toPaymentRequestView, type PaymentRequestView } from "./payment-request-view";

export interface CreatePaymentRequestInput {
  amount: number;
  currency: string;
  merchantReference?: string | undefined;
  description?: string | undefined;
  /** The merchant's own key → value strings (checked by the API: ≤50 keys, keys ≤40, values ≤500 characters). */
  metadata?: Record<string, string> | undefined;
  customerEmail?: string | undefined;
  locale?: "fr" | "en" | "ar" | undefined;
  /** Null only for a payment link made by a staff member (`createdByUserId`): the shopper ends on the platform's ticket. */
  returnUrl: string | null;
  cancelUrl?: string | undefined;
  captureMode?: "automatic" | "manual" | "delayed" | undefined;
  /** With `captureMode: "delayed"`: days (1–7) before the automatic capture. */
  captureDelayDays?: number | undefined;
  /** Payment in instalments: the shopper pays the first now (3-D Secure), the card is saved for the next ones. */
  installments?: { count: number; interval: "month" | "week" } | undefined;
  /** Set by createCardUpdateLink only (not an API field): the subscription whose card this payment replaces. */
  subscriptionId?: string | undefined;
  intent?: "payment" | "tokenize" | undefined;
  /** Saves the card for this customer (with saveCard); without it a new customer is created on success. */
  saveCard?: boolean | undefined;
  customerId?: string | undefined;
  expiresAt?: string | undefined;
  /** Push & Pay: send the request at once to this email and/or phone (E.164). */
  sendTo?: SendTo | undefined;
}

const DEFAULT_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MIN_LIFETIME_MS = 60 * 1000;
const MAX_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A return URL is accepted only under a prefix the merchant registered: the
 * signed result is posted there by the shopper's browser, so an attacker
 * choosing it could harvest results.
 */
function checkReturnUrl(value: string, prefixes: string[], param: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError("parameter_invalid", `${param} is not a valid URL.`, { param });
  }
  const normalized = url.toString();
  if (!prefixes.some((prefix) => normalized.startsWith(prefix))) {
    throw new AppError("return_url_not_allowed", `${param} is not under one of your registered return URLs.`, { param });
  }
  return normalized;
}

/**
 * A payment request is the hosted page's session: what to charge, where to go
 * back. Made in the back-office by a staff member (`createdByUserId`), it is a
 * payment link, which may have no return URL; through the API it always has one.
 */
export async function createPaymentRequest(
  { db, clock, urls, acquirers }: { db: Database; clock: Clock; urls: PlatformUrls; acquirers: AcquirerRegistry },
  {
    merchantId,
    mode,
    input,
    createdByUserId,
  }: { merchantId: string; mode: Mode; input: CreatePaymentRequestInput; createdByUserId?: string | undefined },
): Promise<PaymentRequestView> {
  // A page that could never be paid is not handed out: live mode needs a live acquirer.
  acquirerFor(acquirers, mode);
  const now = clock.now();
  if (input.returnUrl === null && createdByUserId === undefined) {
    throw new AppError("parameter_invalid", "returnUrl is required.", { param: "returnUrl" });
  }
  const intent = input.intent ?? "payment";
  if (!Number.isSafeInteger(input.amount) || input.amount < (intent === "tokenize" ? 0 : 1)) {
    throw new AppError("parameter_invalid", "amount is an integer in the currency's minor unit, at least 1.", { param: "amount" });
  }
  if (!isCurrencyCode(input.currency)) {
    throw new AppError("parameter_invalid", `Unsupported currency: ${input.currency}`, { param: "currency" });
  }
  const captureDelayDays = checkCaptureDelay(input.captureMode, input.captureDelayDays);
  if (input.installments !== undefined) {
    const { count, interval } = input.installments;
    if (intent !== "payment") throw new AppError("parameter_invalid", "installments go with a payment, not a tokenization.", { param: "installments" });
    if (!Number.isInteger(count) || count < 2 || count > 12) throw new AppError("parameter_invalid", "installments.count is an integer from 2 to 12.", { param: "installments.count" });
    if (interval !== "month" && interval !== "week") throw new AppError("parameter_invalid", "installments.interval is month or week.", { param: "installments.interval" });
    if (input.amount < count) throw new AppError("parameter_invalid", "amount must be at least one minor unit per instalment.", { param: "amount" });
    if ((input.captureMode ?? "automatic") !== "automatic") {
      throw new AppError("parameter_invalid", "Instalments are captured as they are paid: captureMode must be automatic.", { param: "captureMode" });
    }
  }
  if (input.customerId !== undefined && !input.saveCard && input.installments === undefined) {
    throw new AppError("parameter_invalid", "customerId goes with saveCard: true.", { param: "customerId" });
  }
  // Checked before anything is written: a bad address is a 400 naming it, and nothing is created or queued.
  const sendTo = input.sendTo === undefined ? null : checkSendTo(input.sendTo);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : new Date(now.getTime() + DEFAULT_LIFETIME_MS);
  const lifetime = expiresAt.getTime() - now.getTime();
  if (Number.isNaN(lifetime) || lifetime < MIN_LIFETIME_MS || lifetime > MAX_LIFETIME_MS) {
    throw new AppError("parameter_invalid", "expiresAt must be between 1 minute and 30 days from now.", { param: "expiresAt" });
  }
  const prefixes = (
    await db
      .select({ urlPrefix: schema.merchantReturnUrls.urlPrefix })
      .from(schema.merchantReturnUrls)
      .where(and(eq(schema.merchantReturnUrls.merchantId, merchantId), eq(schema.merchantReturnUrls.mode, mode)))
  ).map((row) => row.urlPrefix);
  if (input.customerId !== undefined) {
    // Another merchant's (or mode's) customer is unknown here, like a made-up id.
    await lockCustomer(db, { merchantId, mode, customerId: input.customerId, param: "customerId" });
  }
  const returnUrl = input.returnUrl === null ? null : checkReturnUrl(input.returnUrl, prefixes, "returnUrl");
  const cancelUrl = input.cancelUrl ? checkReturnUrl(input.cancelUrl, prefixes, "cancelUrl") : null;

  // The request and its Push & Pay messages commit together (or not at all, e.g. over the messaging limits).
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.paymentRequests)
      .values({
        id: createId("pr"),
        merchantId,
        mode,
        intent,
        status: "open",
        amount: input.amount,
        currency: input.currency,
        merchantReference: input.merchantReference ?? null,
        description: input.description ?? null,
        metadata: input.metadata ?? {},
        // The address it is sent to is where its receipt goes, unless another was given.
        customerEmail: input.customerEmail ?? sendTo?.email ?? null,
        locale: input.locale ?? null,
        returnUrl,
        cancelUrl,
        captureMode: input.captureMode ?? "automatic",
        // Instalments save the card (the page says so): the next ones are charged to it.
        saveCard: (input.saveCard ?? false) || input.installments !== undefined,
        captureDelayDays: captureDelayDays ?? null,
        installments: input.installments ?? null,
        subscriptionId: input.subscriptionId ?? null,
        customerId: input.customerId ?? null,
        createdByUserId: createdByUserId ?? null,
        createdAt: now,
        expiresAt,
      })
      .returning();
    if (!row) throw new Error("payment request insert returned nothing");
    const view = toPaymentRequestView(row, urls.publicUrl, now);
    if (!sendTo) return view;
    return { ...view, messages: await queuePaymentRequestMessages(tx, { clock, urls }, row, sendTo) };
  });
}
