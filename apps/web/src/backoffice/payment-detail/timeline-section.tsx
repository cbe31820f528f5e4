import type { TransactionDetail } from "@jeton/core";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";

/** What each event of a payment's life means, in staff's words. */
const eventLabels: Record<string, string> = {
  "transaction.requires_action": "3-D Secure challenge started",
  "transaction.authorized": "Authorized",
  "transaction.captured": "Captured",
  "transaction.settled": "Settled",
  "transaction.partially_refunded": "Partially refunded",
  "transaction.refunded": "Refunded in full",
  "transaction.canceled": "Canceled",
  "transaction.declined": "Declined",
  "transaction.authentication_failed": "3-D Secure authentication failed",
  "transaction.blocked": "Blocked by a risk rule",
  "transaction.expired": "Expired (3-D Secure not completed)",
  "refund.created": "Refund",
  "review.opened": "Held for risk review",
  "review.closed": "Risk review closed",
};

export function TimelineSection({ transaction }: { transaction: TransactionDetail }) {
  const money = (amount: number) => formatMoney(amount, transaction.currency);
  const refundsById = new Map(transaction.refunds.map((refund) => [refund.id, refund]));
  return (
    <section className="bo-card" aria-labelledby="timeline">
      <h2 id="timeline">Timeline</h2>
      <ol data-testid="timeline">
        <li>
          {formatDateTime(transaction.createdAt)}: Created ({money(transaction.amount)})
        </li>
        {transaction.timeline.map((entry, index) => {
          const refund = refundsById.get(entry.objectId);
          let text = eventLabels[entry.type] ?? entry.type;
          if (refund && entry.type === "refund.created") text = `Refund of ${money(refund.amount)}`;
          if (entry.type === "transaction.authorized" && transaction.threeDs) {
            text += ` after 3-D Secure (${transaction.threeDs.transStatus}${transaction.threeDs.eci ? `, ECI ${transaction.threeDs.eci}` : ""})`;
          }
          if (entry.type === "transaction.blocked" && transaction.risk?.rule === "blacklist") text += ": card on the blacklist";
          return (
            <li key={`${entry.type}-${entry.at}-${index}`} data-event={entry.type}>
              {formatDateTime(entry.at)}: {text}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
