import type { schema } from "@jeton/db";

type Row = typeof schema.settlements.$inferSelect;

/** One settlement cut-off as the CLI and logs show it. */
export interface SettlementView {
  id: string;
  object: "settlement";
  /** Transactions captured before this instant were settled by it. */
  cutoffAt: string;
  transactionCount: number;
  /** For a back-office run over one merchant's test data: that merchant and mode; null for the platform's cut-off. */
  scope: { merchantId: string; mode: "test" | "live" } | null;
  createdAt: string;
}

export function toSettlementView(row: Row): SettlementView {
  return {
    id: row.id,
    object: "settlement",
    cutoffAt: row.cutoffAt.toISOString(),
    transactionCount: row.transactionCount,
    scope: row.merchantId && row.mode ? { merchantId: row.merchantId, mode: row.mode } : null,
    createdAt: row.createdAt.toISOString(),
  };
}
