import { schema } from "@jeton/db";
import { z } from "zod";
import { shopperFacingRefusal } from "../card-testing/shopper-decline";
import { timestamp } from "../views/view-atoms";

type Row = typeof schema.transactions.$inferSelect;

/**
 * What a browser holding the client secret may learn: the outcome, never the
 * card or the amounts. A lost, stolen, fraud-suspected or blocked card reads
 * `declined` / `card_declined` (shopper-decline.ts); the merchant reads the
 * precise code with its secret key.
 */
export const transactionStatusView = z
  .object({
    id: z.string(),
    object: z.literal("transaction_status"),
    status: z.enum(schema.transactionStatuses).exclude(["blocked"]).describe("A blocked payment reads `declined` here: the shopper learns no more."),
    declineCode: z.string().nullable().describe("Shopper-safe: lost, stolen, fraud-suspected and blocked cards all read `card_declined`."),
    actionExpiresAt: timestamp.nullable().describe("While `requires_action`: when the challenge turns `expired` if nobody completes it."),
  })
  .meta({ id: "TransactionStatus" });
export type TransactionStatusView = z.infer<typeof transactionStatusView>;

/** A challenge past its deadline is reported `expired` at once, before the sweep writes it. */
export function toTransactionStatusView(row: Row, now: Date): TransactionStatusView {
  const lapsed = row.status === "requires_action" && row.actionExpiresAt !== null && row.actionExpiresAt <= now;
  const shown = shopperFacingRefusal({ status: lapsed ? "expired" : row.status, declineCode: row.declineCode });
  return {
    id: row.id,
    object: "transaction_status",
    status: shown.status === "blocked" ? "declined" : shown.status,
    declineCode: shown.declineCode,
    actionExpiresAt: row.status === "requires_action" && !lapsed ? (row.actionExpiresAt?.toISOString() ?? null) : null,
  };
}
