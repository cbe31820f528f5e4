import type { TransactionDetail } from "@jeton/core";
import { formatDateTime } from "@/backoffice/format-date-time";
import { formatMoney } from "@/backoffice/format-money";
import { MetadataList } from "@/backoffice/metadata-section";

export function RefundsSection({ transaction }: { transaction: TransactionDetail }) {
  const money = (amount: number) => formatMoney(amount, transaction.currency);
  return (
    <section className="bo-card" aria-labelledby="refunds">
      <h2 id="refunds">Refunds</h2>
      {transaction.refunds.length === 0 ? (
        <p className="bo-hint">No refunds.</p>
      ) : (
        <table data-testid="refunds">
          <caption className="visually-hidden">Refunds of this payment, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Refund id</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Status</th>
              <th scope="col">Reason</th>
              <th scope="col">Description</th>
              <th scope="col">Metadata</th>
            </tr>
          </thead>
          <tbody>
            {transaction.refunds.map((refund) => (
              <tr key={refund.id}>
                <td>{formatDateTime(refund.createdAt)}</td>
                <td>
                  <code>{refund.id}</code>
                </td>
                <td className="num">{money(refund.amount)}</td>
                <td>{refund.status === "succeeded" ? "Succeeded" : "Failed"}</td>
                <td>{refund.reason ?? <span className="bo-hint">none</span>}</td>
                <td>{refund.description ?? <span className="bo-hint">none</span>}</td>
                <td>
                  <MetadataList metadata={refund.metadata} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
