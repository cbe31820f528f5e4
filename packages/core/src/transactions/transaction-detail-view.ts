import { z } from "zod";
import { timestamp } from "../views/view-atoms";
import { refundView } from "./refund-view";
import { transactionView } from "./transaction-view";

/** One step of a transaction's life, from its events: `transaction.authorized`, `refund.succeeded`, … */
export const timelineEntryView = z
  .object({
    type: z.string(),
    at: timestamp,
    objectId: z.string().describe("What the event is about: the transaction, or for `refund.*` the refund (one of `refunds`)."),
  })
  .meta({ id: "TimelineEntry" });
export type TimelineEntry = z.infer<typeof timelineEntryView>;

/** A transaction with its refunds (oldest first) and its timeline (GET /api/v1/transactions/{id}). */
export const transactionDetailView = transactionView
  .extend({ refunds: z.array(refundView), timeline: z.array(timelineEntryView) })
  .meta({ id: "TransactionDetail" });
export type TransactionDetail = z.infer<typeof transactionDetailView>;
