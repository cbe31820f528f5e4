import type { schema } from "@jeton/db";
import { z } from "zod";
import { currencyView, minorAmount, modeView, timestamp, metadataView } from "../views/view-atoms";
import { transactionView } from "./transaction-view";

type Row = typeof schema.refunds.$inferSelect;

/** The public shape of a refund: what the API and `refund.*` events show. */
export const refundView = z
  .object({
    id: z.string(),
    object: z.literal("refund"),
    transactionId: z.string(),
    amount: minorAmount,
    currency: currencyView,
    status: z.enum(["succeeded", "failed"]),
    reason: z.string().nullable(),
    description: z.string().nullable(),
    metadata: metadataView,
    mode: modeView,
    createdAt: timestamp,
  })
  .meta({ id: "Refund" });
export type RefundView = z.infer<typeof refundView>;

export function toRefundView(row: Row): RefundView {
  return {
    id: row.id,
    object: "refund",
    transactionId: row.transactionId,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    reason: row.reason,
    description: row.description,
    metadata: row.metadata,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The answer of POST /api/v1/transactions/{id}/refunds: the refund, with the transaction after it. */
export const refundWithTransactionView = refundView.extend({ transaction: transactionView }).meta({ id: "RefundWithTransaction" });
