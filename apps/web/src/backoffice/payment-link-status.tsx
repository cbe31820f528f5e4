import type { PaymentRequestView } from "@jeton/core";

const labels: Record<PaymentRequestView["status"], { text: string; tone: "" | "bo-status-ok" | "bo-status-bad" }> = {
  open: { text: "Open", tone: "" },
  succeeded: { text: "Paid", tone: "bo-status-ok" },
  failed: { text: "Failed", tone: "bo-status-bad" },
  canceled: { text: "Canceled", tone: "bo-status-bad" },
  expired: { text: "Expired", tone: "" },
};

/** A payment link's status as staff read it: a paid link says "Paid", not "succeeded". */
/** The statuses by their back-office names, in the order a filter offers them. */
export const paymentLinkStatusLabels = Object.fromEntries(Object.entries(labels).map(([status, { text }]) => [status, text])) as Record<PaymentRequestView["status"], string>;

export function PaymentLinkStatus({ status }: { status: PaymentRequestView["status"] }) {
  const { text, tone } = labels[status];
  return (
    <span className={`bo-status ${tone}`.trim()} data-status={status}>
      {text}
    </span>
  );
}
