import type { Transaction } from "@jeton/node";
import { Html, html } from "../html";
import type { Order } from "../orders";
import { newIdempotencyKey, orderFormToken, type ActionOutcome } from "../transaction-actions";

/**
 * The merchant's side of a paid order: the transaction as Jeton reports it,
 * and capture / cancel / refund buttons that post to this shop's server,
 * which calls the API with its secret key (never the browser).
 */
export function transactionPanel(
  order: Order,
  state: { transactionId: string; transaction?: Transaction | undefined; error?: string | undefined; outcome?: ActionOutcome | undefined },
): Html {
  const { transaction, outcome } = state;
  const action = (name: string, label: string, extra: Html = html``) =>
    html`<form method="post" action="/orders/${order.id}/transaction/${name}" style="display:inline-block;margin-right:1rem">
  <input type="hidden" name="idempotencyKey" value="${newIdempotencyKey()}">
  <input type="hidden" name="csrfToken" value="${orderFormToken(order.id)}">
  ${extra}<button type="submit" data-testid="${name}-button">${label}</button>
</form>`;
  const amountInput = (name: string, hint: string) =>
    html`<label for="${name}-amount">Amount (minor units, empty = ${hint})</label><input id="${name}-amount" name="amount" inputmode="numeric" data-testid="${name}-amount">`;
  return html`<h2>Transaction</h2>
<dl data-testid="transaction-panel">
  <dt>Id</dt><dd><code>${state.transactionId}</code></dd>
  ${
    transaction
      ? html`<dt>Status</dt><dd data-testid="transaction-api-status">${transaction.status}</dd>
  <dt>Amounts</dt><dd data-testid="transaction-amounts">authorized ${transaction.amount}, captured ${transaction.capturedAmount}, refunded ${transaction.refundedAmount} (${transaction.currency} minor units)</dd>
  <dt>Capture mode</dt><dd>${transaction.captureMode}</dd>`
      : html`<dt>Status</dt><dd data-testid="transaction-api-status">unavailable (${state.error ?? "unknown"})</dd>`
  }
</dl>
${
  outcome
    ? html`<p role="status" data-testid="action-outcome" data-ok="${String(outcome.ok)}">${outcome.action}: ${outcome.ok ? "" : html`refused <code data-testid="action-error-code">${outcome.code ?? "error"}</code> — `}${outcome.message}</p>`
    : html``
}
${action("capture", "Capture", amountInput("capture", "all"))}
${action("cancel", "Cancel")}
${action("refund", "Refund", amountInput("refund", "what remains"))}
<p class="muted">Capture works on a manual-capture authorization (7 days), cancel until the daily settlement cut-off, refund only after it.
The shop cannot settle: on the platform, the operator runs <code>npx jeton settle</code> (or waits for the daily cut-off, JETON_SETTLEMENT_HOUR UTC).</p>`;
}
