import { Html, html, layout } from "../html";
import type { Order } from "../orders";
import { PRODUCT } from "../product";
import { cardLabel } from "../saved-card";

const statusLabel: Record<Order["status"], string> = {
  pending: "Awaiting payment",
  paid: "Paid",
  refused: "Payment refused",
  canceled: "Canceled by the shopper",
  expired: "Payment link expired",
};

/**
 * This page is the shopper's. Like Jeton's own page, it never tells a shopper that a card is lost, stolen
 * or suspected of fraud (a card tester would learn which numbers are live): those read `card_declined`.
 * The shop's server still has the precise code (from the API with its secret key), for its staff.
 */
const concealedDeclineCodes = new Set(["lost_card", "stolen_card", "fraudulent"]);
const shownDeclineCode = (code: string) => (concealedDeclineCodes.has(code) ? "card_declined" : code);

function customDetails(order: Order): Html {
  const card = order.card;
  return html`<dl>
  <dt>Card token</dt><dd><code data-testid="card-token-id">${order.cardTokenId}</code></dd>
  <dt>Card</dt><dd data-testid="card">${card ? `${card.brand} •••• ${card.last4} (${String(card.expMonth).padStart(2, "0")}/${card.expYear})` : "unknown"}</dd>
  <dt>Token status</dt><dd data-testid="token-status">${order.tokenStatus}</dd>
  <dt>Fields this shop received</dt><dd data-testid="received-fields">${(order.receivedFields ?? []).join(", ")}</dd>
  <dt>Transaction</dt><dd><code data-testid="transaction-id">${order.transactionId ?? "—"}</code></dd>
  <dt>Transaction status</dt><dd data-testid="transaction-status">${order.transactionStatus ?? "—"}</dd>
  ${order.declineCode ? html`<dt>Decline reason</dt><dd data-testid="decline-code">${shownDeclineCode(order.declineCode)}</dd>` : html``}
</dl>
<p class="muted">The shop's server got the token, asked Jeton (with its secret key) what card it stands for, and charged it with <code>transactions.create</code>: it never saw the card number.</p>`;
}

function oneClickDetails(order: Order): Html {
  return html`<dl>
  <dt>Saved card</dt><dd data-testid="card">${order.savedCard ? cardLabel(order.savedCard) : "—"} <code>${order.savedCard?.id ?? ""}</code></dd>
  <dt>Transaction</dt><dd><code data-testid="transaction-id">${order.transactionId ?? "—"}</code></dd>
  <dt>Transaction status</dt><dd data-testid="transaction-status">${order.transactionStatus ?? "—"}</dd>
  ${order.declineCode ? html`<dt>Decline reason</dt><dd data-testid="decline-code">${shownDeclineCode(order.declineCode)}</dd>` : html``}
</dl>
<p class="muted">One click: the shop's server charged the card saved at Jeton with <code>transactions.create({ customerId, cardId })</code>; no card form, no CVC.</p>`;
}

function hostedDetails(order: Order): Html {
  const result = order.result;
  const link =
    order.status === "pending" && order.checkout === "link"
      ? html`<h2>Payment link</h2><p>Send this link to the customer (email, SMS, QR code): it opens Jeton's payment page.</p>
<p><a href="${order.payUrl}" data-testid="pay-link">${order.payUrl}</a></p>`
      : order.status === "pending" || order.status === "refused"
        ? html`<p><a href="${order.payUrl}">Pay now</a></p>`
        : html``;
  const verified = result
    ? html`<h2>Verified result</h2>
<p class="muted">From the <code>jeton_result</code> your browser brought back, checked with <code>@jeton/node</code>'s <code>verifyReturn</code> (ES256 signature against Jeton's JWKS, audience, mode, payment request, expiry, single use).</p>
<dl data-testid="verified-result">
  <dt>Status</dt><dd data-testid="result-status">${result.status}</dd>
  <dt>Transaction</dt><dd><code data-testid="result-transaction">${result.transactionId ?? "—"}</code></dd>
  <dt>Amount</dt><dd>${result.amount} (${result.currency} minor units)</dd>
  <dt>Response code</dt><dd data-testid="result-response-code">${result.responseCode ?? "—"}</dd>
  <dt>3-D Secure</dt><dd data-testid="result-three-ds">${result.threeDs ? `${result.threeDs.transStatus} (ECI ${result.threeDs.eci ?? "—"}, liability shift ${result.threeDs.liabilityShift ? "yes" : "no"})` : "not performed"}</dd>
  ${result.cardId ? html`<dt>Saved card</dt><dd><code data-testid="result-card-id">${result.cardId}</code></dd>` : html``}
  <dt>Token id</dt><dd><code>${result.jti}</code></dd>
</dl>`
    : html``;
  return html`<dl>
  <dt>Checkout</dt><dd>${order.checkout}</dd>
  <dt>Payment request</dt><dd><code data-testid="payment-request-id">${order.paymentRequestId}</code></dd>
  <dt>Confirmed by</dt><dd data-testid="paid-via">${order.paidVia ?? "—"}</dd>
  <dt>Webhooks received</dt><dd data-testid="webhook-events">${order.webhookEvents.join(", ") || "none yet"}</dd>
</dl>
${link}
${verified}`;
}

/** `transaction`: the merchant's capture / cancel / refund panel, when the order has a transaction. */
export function orderPage(order: Order, transaction: Html = html``): string {
  return layout(
    `Order ${order.id}`,
    html`<h1>Order <span data-testid="order-id">${order.id}</span></h1>
<p>${PRODUCT.name} — ${PRODUCT.priceLabel}${order.email ? `, for ${order.email}` : ""}.</p>
<p>Status: <strong data-testid="order-status" data-status="${order.status}">${statusLabel[order.status]}</strong></p>
${order.checkout === "custom" ? customDetails(order) : order.checkout === "one-click" ? oneClickDetails(order) : hostedDetails(order)}
${transaction}
<p><a href="/">Back to the shop</a></p>`,
  );
}

export function errorPage(status: number, message: string): string {
  return layout("Error", html`<h1>Something went wrong</h1><p role="alert" data-testid="error-message">${message}</p><p><a href="/">Back to the shop</a></p>`) + `<!-- ${status} -->`;
}
