import { schema } from "@jeton/db";
import { z } from "zod";
import { timestamp } from "../views/view-atoms";

type Row = typeof schema.transactions.$inferSelect;

/** What a browser holding the client secret may learn: the outcome, never the card or the amounts. */
export const transactionStatusView = z
  .object({
    id: z.string(),
    object: z.literal("transaction_status"),
    status: z.enum(schema.transactionStatuses),
    declineCode: z.string().nullable(),
    actionExpiresAt: timestamp.nullable().describe("While `requires_action`: when the challenge turns `expired` if nobody completes it."),
  })
  .meta({ id: "TransactionStatus" });
export type TransactionStatusView = z.infer<typeof transactionStatusView>;

/** A challenge past its deadline is reported `expired` at once, before the sweep writes it. */
export function toTransactionStatusView(row: Row, now: Date): TransactionStatusView {
  const lapsed = row.status === "requires_action" && row.actionExpiresAt !== null && row.actionExpiresAt <= now;
  return {
    id: row.id,
    object: "transaction_status",
    status: lapsed ? "expired" : row.status,
    declineCode: row.declineCode,
    actionExpiresAt: row.status === "requires_action" && !lapsed ? (row.actionExpiresAt?.toISOString() ?? null) : null,
  };
}
