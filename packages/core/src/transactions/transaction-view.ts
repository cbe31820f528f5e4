import { schema } from "@jeton/db";
import { z } from "zod";
import { cardSummaryView, currencyView, minorAmount, modeView, timestamp, metadataView } from "../views/view-atoms";
import { toTransactionRiskView, transactionRiskView, type TransactionRiskView } from "../risk/risk-assessment-view";

type Row = typeof schema.transactions.$inferSelect;

export const threeDsOutcomeView = z
  .object({ version: z.string(), transStatus: z.string(), eci: z.string().optional(), liabilityShift: z.boolean(), challenged: z.boolean() })
  .meta({ id: "ThreeDsOutcome", description: "The 3-D Secure outcome (never the authentication value)." });

/** The public shape of a transaction: what the API, events and pages show. Never card data beyond BIN/last 4. */
export const transactionView = z
  .object({
    id: z.string(),
    object: z.literal("transaction"),
    status: z.enum(schema.transactionStatuses),
    amount: minorAmount,
    currency: currencyView,
    capturedAmount: minorAmount,
    refundedAmount: minorAmount,
    captureMode: z.enum(["automatic", "manual", "delayed"]),
    merchantReference: z.string().nullable(),
    description: z.string().nullable(),
    metadata: metadataView,
    customerEmail: z.string().nullable(),
    paymentRequestId: z.string().nullable(),
    channel: z.enum(["hosted", "api"]).describe("`hosted` (payment page) or `api` (POST /api/v1/transactions)."),
    customerId: z.string().nullable().describe("A saved-card payment: the customer charged."),
    cardId: z.string().nullable().describe("A saved-card payment: the card charged."),
    sourceTransactionId: z.string().nullable().describe("A duplicate: the earlier transaction whose card was charged again."),
    initiatedBy: z.enum(["customer", "merchant"]).describe("`merchant` for a merchant-initiated (recurring) charge, without the shopper and without 3-D Secure."),
    storedCredential: z.boolean().describe("Charged from stored credentials (saved card or duplicate), without CVC."),
    card: cardSummaryView,
    responseCode: z.string().nullable(),
    declineCode: z.string().nullable(),
    authorizationCode: z.string().nullable(),
    threeDs: threeDsOutcomeView.nullable(),
    mode: modeView,
    createdAt: timestamp,
    authorizedAt: timestamp.nullable(),
    capturedAt: timestamp.nullable(),
    settledAt: timestamp.nullable(),
    canceledAt: timestamp.nullable(),
    settlementId: z.string().nullable().describe("The settlement cut-off that settled it (`stl_…`)."),
    risk: transactionRiskView.nullable().describe("The risk assessment before authorization (score, outcome, rules fired, review); null for payments from before the risk engine."),
    subscriptionId: z.string().nullable().describe("A scheduler charge: the subscription it bills."),
    installmentPlanId: z.string().nullable().describe("An instalment: its plan."),
    billingPeriod: z.number().int().nullable().describe("The period (0-based) or instalment it pays for."),
    initialTransactionId: z.string().nullable().describe("A merchant-initiated charge: the customer-initiated payment whose stored credential it uses."),
    autoCaptureAt: timestamp.nullable().describe('`captureMode: "delayed"`: when it is captured unless captured or canceled before.'),
  })
  .meta({ id: "Transaction" });
export type TransactionView = z.infer<typeof transactionView>;

export type TransactionRisk = TransactionRiskView;

export function toTransactionView(row: Row): TransactionView {
  const threeDs = row.threeDs as
    | { version: string; transStatus: string; eci?: string; liabilityShift: boolean; challenged: boolean }
    | null;
  return {
    id: row.id,
    object: "transaction",
    status: row.status,
    amount: row.amount,
    currency: row.currency,
    capturedAmount: row.capturedAmount,
    refundedAmount: row.refundedAmount,
    captureMode: row.captureMode,
    merchantReference: row.merchantReference,
    description: row.description,
    metadata: row.metadata,
    customerEmail: row.customerEmail,
    paymentRequestId: row.paymentRequestId,
    channel: row.channel,
    customerId: row.customerId,
    cardId: row.cardId,
    sourceTransactionId: row.sourceTransactionId,
    initiatedBy: row.initiatedBy,
    storedCredential: row.storedCredential,
    card: { brand: row.brand, bin: row.bin, last4: row.last4, expMonth: row.expMonth, expYear: row.expYear },
    responseCode: row.responseCode,
    declineCode: row.declineCode,
    authorizationCode: row.authorizationCode,
    // The authentication value (CAVV) is a one-time cryptogram for the acquirer, not for display.
    threeDs: threeDs
      ? {
          version: threeDs.version,
          transStatus: threeDs.transStatus,
          ...(threeDs.eci ? { eci: threeDs.eci } : {}),
          liabilityShift: threeDs.liabilityShift,
          challenged: threeDs.challenged,
        }
      : null,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
    authorizedAt: row.authorizedAt?.toISOString() ?? null,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    settledAt: row.settledAt?.toISOString() ?? null,
    canceledAt: row.canceledAt?.toISOString() ?? null,
    settlementId: row.settlementId,
    risk: toTransactionRiskView(row),
    subscriptionId: row.subscriptionId,
    installmentPlanId: row.installmentPlanId,
    billingPeriod: row.billingPeriod,
    initialTransactionId: row.initialTransactionId,
    autoCaptureAt: row.autoCaptureAt?.toISOString() ?? null,
  };
}

/** The answer of POST /api/v1/transactions: the transaction, and while a 3-D Secure challenge is needed, what token.js needs for it. */
export const createdTransactionView = transactionView
  .extend({
    clientSecret: z.string().optional().describe("With `status: requires_action`: pass it to token.js `Jeton.handleNextAction(clientSecret)`."),
    nextAction: z.object({ type: z.literal("three_ds_challenge") }).optional(),
  })
  .meta({ id: "CreatedTransaction" });
