import type { Database, schema } from "@jeton/db";
import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { Mode } from "../merchants/create-api-key";
import { isCurrencyCode } from "../money/currencies";
import type { PlatformUrls } from "../urls/platform-urls";
import type { Vault } from "../vault/create-vault";
import type { PaymentSource } from "./resolve-payment-source";
import { startCardPayment } from "./start-card-payment";
import type { RiskDeps } from "../risk/risk-settings";

type Row = typeof schema.transactions.$inferSelect;

export interface CreateTransactionInput {
  /** Minor units, at least 1. */
  amount: number;
  currency: string;
  captureMode?: "automatic" | "manual" | "delayed" | undefined;
  /** With `captureMode: "delayed"`: captured automatically this many days (1–7) later, unless captured or canceled before. */
  captureDelayDays?: number | undefined;
  merchantReference?: string | undefined;
  customerEmail?: string | undefined;
  /** Exactly one source: a card token, a customer's saved card, or an earlier transaction. */
  cardTokenId?: string | undefined;
  customerId?: string | undefined;
  cardId?: string | undefined;
  sourceTransactionId?: string | undefined;
  /** Stored credentials only: `merchant` for a recurring charge without the shopper. */
  initiatedBy?: "customer" | "merchant" | undefined;
  description?: string | undefined;
  /** The merchant's own key → value strings (checked by the API: ≤50 keys, keys ≤40, values ≤500 characters). */
  metadata?: Record<string, string> | undefined;
}

export interface CreatedTransaction {
  transaction: Row;
  /** Set when the transaction waits in `requires_action`: token.js runs the challenge with it. */
  clientSecret: string | null;
}

/** `captureDelayDays` goes with `captureMode: "delayed"`, and only with it: 1 to 7 days (the capture window). */
export function checkCaptureDelay(captureMode: string | undefined, days: number | undefined): number | undefined {
  if (captureMode !== "delayed") {
    if (days !== undefined) throw new AppError("parameter_invalid", 'captureDelayDays goes with captureMode "delayed".', { param: "captureDelayDays" });
    return undefined;
  }
  if (days === undefined || !Number.isInteger(days) || days < 1 || days > 7) {
    throw new AppError("parameter_invalid", "captureDelayDays is an integer from 1 to 7.", { param: "captureDelayDays" });
  }
  return days;
}

function sourceOf(input: CreateTransactionInput): PaymentSource {
  const given = [input.cardTokenId, input.customerId ?? input.cardId, input.sourceTransactionId].filter((v) => v !== undefined);
  if (given.length !== 1) {
    throw new AppError("parameter_invalid", "Give exactly one source: cardTokenId, customerId with cardId, or sourceTransactionId.", {
      param: "cardTokenId",
    });
  }
  if (input.cardTokenId !== undefined) {
    if (input.initiatedBy !== undefined) {
      throw new AppError("parameter_invalid", "initiatedBy applies to a saved card or a sourceTransactionId, not to a card token.", {
        param: "initiatedBy",
      });
    }
    return { cardTokenId: input.cardTokenId };
  }
  if (input.sourceTransactionId !== undefined) return { sourceTransactionId: input.sourceTransactionId };
  if (input.customerId === undefined) throw new AppError("parameter_invalid", "A saved card needs its customerId.", { param: "customerId" });
  if (input.cardId === undefined) throw new AppError("parameter_invalid", "A saved card needs its cardId.", { param: "cardId" });
  return { customerId: input.customerId, cardId: input.cardId };
}

/**
 * A payment created by the merchant's server (SPEC §6), with the hosted
 * page's own path: 3-D Secure per the card and the merchant's policy, then
 * authorization. It ends one of three ways: approved (authorized, or
 * captured in automatic mode); waiting on a challenge (`requires_action`,
 * with a client secret for `Jeton.handleNextAction`); or refused, which is
 * recorded and then thrown as `card_declined` naming the transaction, so a
 * caller cannot mistake a refusal for a payment.
 */
export async function createTransaction(
  deps: { db: Database; vault: Vault; clock: Clock; acquirers: AcquirerRegistry; urls: PlatformUrls } & RiskDeps,
  {
    merchantId,
    mode,
    input,
  }: { merchantId: string; mode: Mode; input: CreateTransactionInput },
): Promise<CreatedTransaction> {
  if (!Number.isSafeInteger(input.amount) || input.amount < 1) {
    throw new AppError("parameter_invalid", "amount is an integer in the currency's minor unit, at least 1.", { param: "amount" });
  }
  if (!isCurrencyCode(input.currency)) {
    throw new AppError("parameter_invalid", `Unsupported currency: ${input.currency.slice(0, 10)}`, { param: "currency" });
  }
  const captureDelayDays = checkCaptureDelay(input.captureMode, input.captureDelayDays);
  const result = await startCardPayment(deps, {
    merchantId,
    mode,
    source: sourceOf(input),
    initiatedBy: input.initiatedBy,
    channel: "api",
    amount: input.amount,
    currency: input.currency,
    captureMode: input.captureMode ?? "automatic",
    captureDelayDays,
    merchantReference: input.merchantReference ?? null,
    description: input.description ?? null,
    metadata: input.metadata,
    customerEmail: input.customerEmail ?? null,
    paymentRequestId: null,
    // token.js frames the challenge in a modal sized by the page; the bank's page fills it.
    threeDs: { notificationUrl: deps.urls.transactionNotificationUrl, challengeWindowSize: "05" },
  });
  if (result.kind === "challenge") return { transaction: result.transaction, clientSecret: result.clientSecret };
  const { transaction } = result;
  if (transaction.status === "authorized" || transaction.status === "captured") return { transaction, clientSecret: null };
  const declineCode = transaction.declineCode ?? transaction.status;
  throw new AppError("card_declined", `The payment was refused (${declineCode}); transaction ${transaction.id} records it.`, {
    declineCode,
    transactionId: transaction.id,
  });
}
