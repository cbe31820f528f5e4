import type { TransactionDetail } from "@jeton/core";
import { formatDateTime } from "@/backoffice/format-date-time";
import { Figure } from "./figure";

export function CodesSection({ transaction }: { transaction: TransactionDetail }) {
  return (
    <section className="bo-card" aria-labelledby="codes">
      <h2 id="codes">Codes and references</h2>
      <dl className="bo-figures">
        <Figure term="Response code">{transaction.responseCode ?? "none"}</Figure>
        <Figure term="Decline code">{transaction.declineCode ?? "none"}</Figure>
        <Figure term="Authorization code">{transaction.authorizationCode ?? "none"}</Figure>
        <Figure term="Payment id">
          <code>{transaction.id}</code>
        </Figure>
        <Figure term="Reference">{transaction.merchantReference ?? "none"}</Figure>
        <Figure term="Customer email">{transaction.customerEmail ?? "none"}</Figure>
        <Figure term="Channel">{transaction.channel === "hosted" ? "Payment page" : "API"}</Figure>
        <Figure term="Settlement">{transaction.settlementId ? `${transaction.settlementId} (${formatDateTime(transaction.settledAt!)})` : "Not settled"}</Figure>
      </dl>
    </section>
  );
}
