import { maskStoredCard, type BlacklistedCardView, type TransactionDetail } from "@jeton/core";
import { brandName } from "@/backoffice/card-label";
import { formatDateTime } from "@/backoffice/format-date-time";
import { Figure } from "./figure";

export function CardSection({ transaction, blacklisted }: { transaction: TransactionDetail; blacklisted: BlacklistedCardView | null }) {
  return (
    <section className="bo-card" aria-labelledby="card">
      <h2 id="card">Card</h2>
      <dl className="bo-figures">
        <Figure term="Brand">{brandName(transaction.card.brand)}</Figure>
        <Figure term="Number">{maskStoredCard(transaction.card)}</Figure>
        <Figure term="Expiry">
          {String(transaction.card.expMonth).padStart(2, "0")}/{transaction.card.expYear}
        </Figure>
        <Figure term="Source">{transaction.storedCredential ? "Stored card (no CVC)" : "Card typed by the customer"}</Figure>
        <Figure term="Blacklist">
          {blacklisted ? `On the blacklist since ${formatDateTime(blacklisted.createdAt)}${blacklisted.reason ? ` (${blacklisted.reason})` : ""}` : "Not blacklisted"}
        </Figure>
      </dl>
    </section>
  );
}
