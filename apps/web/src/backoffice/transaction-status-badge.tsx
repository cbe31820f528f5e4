import type { TransactionStatus } from "@jeton/core";

/** Statuses in staff's words. */
export const transactionStatusLabels: Record<TransactionStatus, string> = {
  requires_action: "Awaiting 3-D Secure",
  authorized: "Authorized",
  captured: "Captured",
  settled: "Settled",
  partially_refunded: "Partially refunded",
  refunded: "Refunded",
  canceled: "Canceled",
  declined: "Declined",
  authentication_failed: "Authentication failed",
  blocked: "Blocked",
  expired: "Expired",
};

const tone: Partial<Record<TransactionStatus, string>> = {
  authorized: "bo-status-ok",
  captured: "bo-status-ok",
  settled: "bo-status-ok",
  declined: "bo-status-bad",
  authentication_failed: "bo-status-bad",
  blocked: "bo-status-bad",
};

/** A payment's status as a badge: the words carry the meaning, the colour only repeats it. */
export function TransactionStatusBadge({ status }: { status: TransactionStatus }) {
  return (
    <span className={`bo-status ${tone[status] ?? ""}`.trim()} data-status={status}>
      {transactionStatusLabels[status] ?? status}
    </span>
  );
}
