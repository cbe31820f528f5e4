import type { schema } from "@jeton/db";
import { toTransactionRiskView, type TransactionRiskView } from "../risk/risk-assessment-view";

type Row = typeof schema.transactions.$inferSelect;

/** The public shape of a transaction: what the API, events and pages show. Never card data beyond BIN/last 4. */
export interface TransactionView {
  id: string;
  object: "transaction";
  status: Row["status"];
  amount: number;
  currency: string;
  capturedAmount: number;
  refundedAmount: number;
  captureMode: Row["captureMode"];
  merchantReference: string | null;
  customerEmail: string | null;
  paymentRequestId: string | null;
  /** `hosted` (payment page) or `api` (POST /api/v1/transactions). */
  channel: Row["channel"];
  /** A saved-card payment: the customer and card charged. */
  customerId: string | null;
  cardId: string | null;
  /** A duplicate: the earlier transaction whose card was charged again. */
  sourceTransactionId: string | null;
  /** `merchant` for a merchant-initiated (recurring) charge, without the shopper and without 3-D Secure. */
  initiatedBy: Row["initiatedBy"];
  /** Charged from stored credentials (saved card or duplicate), without CVC. */
  storedCredential: boolean;
  card: { brand: string; bin: string; last4: string; expMonth: number; expYear: number };
  responseCode: string | null;
  declineCode: string | null;
  authorizationCode: string | null;
  threeDs: { version: string; transStatus: string; eci?: string; liabilityShift: boolean; challenged: boolean } | null;
  mode: Row["mode"];
  createdAt: string;
  authorizedAt: string | null;
  capturedAt: string | null;
  settledAt: string | null;
  canceledAt: string | null;
  /** The settlement cut-off that settled it (`stl_…`). */
  settlementId: string | null;
  /** The risk assessment before authorization (score, outcome, rules fired, review); null for payments from before the risk engine. */
  risk: TransactionRiskView | null;
}

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
  };
}
