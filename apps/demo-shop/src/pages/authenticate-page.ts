import { html, layout, scriptValue } from "../html";
import type { Order } from "../orders";
import { PRODUCT } from "../product";

/**
 * The bank wants to hear from the shopper (3-D Secure): token.js shows the
 * challenge over this page with the client secret our server received, then
 * we go to the order page, where the server asks Jeton for the outcome (the
 * browser's word is never taken for it).
 */
export function authenticatePage(options: { jetonUrl: string; integrity: string; order: Order }): string {
  const { order } = options;
  return layout(
    "Confirm your payment",
    html`<h1>Confirm your payment</h1>
<p>${PRODUCT.name} — <strong>${PRODUCT.priceLabel}</strong> · order <code>${order.id}</code></p>
<p id="status" role="status" data-testid="authentication-status">Your bank asks you to confirm this payment…</p>
<script src="${options.jetonUrl}/v1/token.js" integrity="${options.integrity}" crossorigin="anonymous"></script>
<script>
  const status = document.getElementById("status");
  Jeton.handleNextAction(${scriptValue(order.clientSecret)})
    .then((result) => { status.textContent = "Your bank answered (" + result.status + "): confirming your order…"; })
    .catch((error) => { status.textContent = error.message; })
    .finally(() => { location.replace(${scriptValue(`/orders/${order.id}`)}); });
</script>`,
  );
}
