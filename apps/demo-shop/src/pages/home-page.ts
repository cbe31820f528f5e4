import { html, layout } from "../html";
import { PRODUCT } from "../product";
import { cardLabel } from "../saved-card";

/** `savedCard`: the shopper's card saved at Jeton, offered for a one-click repeat purchase. */
export function homePage({ savedCard }: { savedCard?: { brand: string; last4: string } | undefined } = {}): string {
  const oneClick = savedCard
    ? html`<h2>Welcome back</h2>
<form method="post" action="/checkout/one-click">
  <button type="submit" data-testid="buy-again">Buy again with ${cardLabel(savedCard)}</button>
  <span class="muted">one click: the shop's server charges your saved card through Jeton's API</span>
</form>`
    : html``;
  return layout(
    "Shop",
    html`<h1>${PRODUCT.name}</h1>
<p>${PRODUCT.description}</p>
<p><strong>${PRODUCT.priceLabel}</strong></p>
${oneClick}
<h2>Four ways to pay</h2>
<form method="post" action="/checkout/redirect">
  <button type="submit" data-testid="checkout-redirect">Pay on Jeton's secure page</button>
  <span class="muted">redirect to the hosted page, then back here</span>
  <label class="muted"><input type="checkbox" name="saveCard" value="1" data-testid="save-card"> Save my card for next time</label>
</form>
<form method="post" action="/checkout/iframe">
  <button type="submit" data-testid="checkout-iframe">Pay without leaving this site</button>
  <span class="muted">the Smart Form in an iframe</span>
</form>
<form method="post" action="/checkout/link">
  <button type="submit" data-testid="checkout-link">Send me a payment link</button>
  <span class="muted">pay-by-link: the hosted page's URL, to share</span>
</form>
<h2>Recurring (test mode)</h2>
<form method="post" action="/checkout/subscribe">
  <button type="submit" data-testid="checkout-subscribe">Subscribe monthly</button>
  <span class="muted">the T-shirt club: pay the first month on Jeton's page, then Jeton charges your saved card every month</span>
</form>
<form method="post" action="/checkout/pay-in-3">
  <button type="submit" data-testid="checkout-pay-in-3">Buy 3, pay in 3</button>
  <span class="muted">the first instalment now, the next two monthly; each order has its own test clock to fast-forward</span>
</form>
<p><a href="/checkout/custom">Pay with our own checkout form (token.js)</a></p>
<p><a href="/checkout/fields">Pay with our own checkout form and Jeton's card fields (token.js Fields)</a></p>
<p><a href="/mailbox">Mailbox</a>: every email and SMS Jeton sent (payment links, reminders, receipts), caught on this machine.</p>`,
  );
}
