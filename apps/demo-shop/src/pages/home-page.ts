import { html, layout } from "../html";
import { PRODUCT } from "../product";

export function homePage(): string {
  return layout(
    "Shop",
    html`<h1>${PRODUCT.name}</h1>
<p>${PRODUCT.description}</p>
<p><strong>${PRODUCT.priceLabel}</strong></p>
<p><a href="/checkout/custom">Pay with our own checkout form (token.js)</a></p>`,
  );
}
