import { html, layout } from "../html";
import { PRODUCT } from "../product";

export function homePage(): string {
  return layout(
    "Shop",
    html`<h1>${PRODUCT.name}</h1>
<p>${PRODUCT.description}</p>
<p><strong>${PRODUCT.priceLabel}</strong></p>
<h2>Four ways to pay</h2>
<form method="post" action="/checkout/redirect">
  <button type="submit" data-testid="checkout-redirect">Pay on Jeton's secure page</button>
  <span class="muted">redirect to the hosted page, then back here</span>
</form>
<form method="post" action="/checkout/iframe">
  <button type="submit" data-testid="checkout-iframe">Pay without leaving this site</button>
  <span class="muted">the Smart Form in an iframe</span>
</form>
<form method="post" action="/checkout/link">
  <button type="submit" data-testid="checkout-link">Send me a payment link</button>
  <span class="muted">pay-by-link: the hosted page's URL, to share</span>
</form>
<p><a href="/checkout/custom">Pay with our own checkout form (token.js)</a></p>`,
  );
}
