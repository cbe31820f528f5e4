import type { schema } from "@jeton/db";

type Row = typeof schema.settlements.$inferSelect;

/** One settlement cut-off as the CLI and logs show it. */
export interface SettlementView {
  id: string;
  object: "settlement";
  /** Transactions captured before this instant were settled by it. */
  cutoffAt: string;
  transactionCount: number;
  createdAt: string;
}

export function toSettlementView(row: Row): SettlementView {
  return {
    id: row.id,
    object: "settlement",
    cutoffAt: row.cutoffAt.toISOString(),
    transactionCount: row.transactionCount,
    createdAt: row.createdAt.toISOString(),
  };
}
