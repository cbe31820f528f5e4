import type { TransactionDetail } from "@jeton/core";
import { formatMoney } from "@/backoffice/format-money";
import { Figure } from "./figure";

export function AmountsSection({ transaction }: { transaction: TransactionDetail }) {
  const money = (amount: number) => formatMoney(amount, transaction.currency);
  const remainingToRefund = transaction.capturedAmount - transaction.refundedAmount;
  return (
    <section className="bo-card" aria-labelledby="amounts">
      <h2 id="amounts">Amounts</h2>
      <dl className="bo-figures" data-testid="amounts">
        <Figure term="Authorized">{money(transaction.amount)}</Figure>
        <Figure term="Captured">{money(transaction.capturedAmount)}</Figure>
        <Figure term="Refunded">
          <span data-testid="refunded-amount">{money(transaction.refundedAmount)}</span>
        </Figure>
        <Figure term="Remaining to refund">{money(remainingToRefund)}</Figure>
        <Figure term="Capture">{transaction.captureMode === "manual" ? "Manual" : "Automatic"}</Figure>
      </dl>
    </section>
  );
}
