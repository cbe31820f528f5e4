import type { schema } from "@jeton/db";

type Row = typeof schema.refunds.$inferSelect;

/** The public shape of a refund: what the API and `refund.*` events show. */
export interface RefundView {
  id: string;
  object: "refund";
  transactionId: string;
  /** Minor units. */
  amount: number;
  currency: string;
  status: Row["status"];
  reason: string | null;
  mode: Row["mode"];
  createdAt: string;
}

export function toRefundView(row: Row): RefundView {
  return {
    id: row.id,
    object: "refund",
    transactionId: row.transactionId,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    reason: row.reason,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
  };
}
