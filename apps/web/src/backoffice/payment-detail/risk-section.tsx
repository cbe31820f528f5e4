import type { TransactionDetail } from "@jeton/core";
import Link from "next/link";
import { formatDateTime } from "@/backoffice/format-date-time";
import { Figure } from "./figure";

export function RiskSection({ transaction }: { transaction: TransactionDetail }) {
  return (
    <section className="bo-card" aria-labelledby="risk">
      <h2 id="risk">Risk</h2>
      {transaction.risk ? (
        <dl className="bo-figures" data-testid="risk">
          <Figure term="Rule">{transaction.risk.rule === "blacklist" ? "Card blacklist" : transaction.risk.rule}</Figure>
          {transaction.risk.blacklistedAt ? <Figure term="Card blacklisted">{formatDateTime(transaction.risk.blacklistedAt)}</Figure> : null}
          {transaction.risk.sourceTransactionId ? (
            <Figure term="Blacklisted from">
              <Link href={`/dashboard/payments/${transaction.risk.sourceTransactionId}`}>{transaction.risk.sourceTransactionId}</Link>
            </Figure>
          ) : null}
        </dl>
      ) : (
        <p className="bo-hint">No risk rule fired.</p>
      )}
    </section>
  );
}
