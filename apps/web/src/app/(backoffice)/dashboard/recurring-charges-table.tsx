import type { RecurringChargeView } from "@jeton/core";
import Link from "next/link";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";

/** The periods (or instalments) of a subscription or plan: dates, amounts, attempts, retries, outcome. */
export function RecurringChargesTable({ charges, amount }: { charges: RecurringChargeView[]; amount: number }) {
  return (
    <table className="bo-table" data-testid="recurring-charges">
      <thead>
        <tr>
          <th>#</th>
          <th>Due</th>
          <th>Amount</th>
          <th>Status</th>
          <th>Attempts</th>
          <th>Next attempt</th>
          <th>Last decline</th>
          <th>Payment</th>
        </tr>
      </thead>
      <tbody>
        {charges.map((c) => (
          <tr key={c.id}>
            <td>{c.period + 1}</td>
            <td>{formatDateTime(c.periodStart)}</td>
            <td>{formatMoney(c.amount ?? amount, c.currency)}</td>
            <td>{c.status}</td>
            <td>{c.attempts}</td>
            <td>{c.nextAttemptAt ? formatDateTime(c.nextAttemptAt) : "—"}</td>
            <td>{c.lastDeclineCode ?? "—"}</td>
            <td>{c.lastTransactionId ? <Link href={`/dashboard/payments/${c.lastTransactionId}`}>{c.lastTransactionId}</Link> : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
