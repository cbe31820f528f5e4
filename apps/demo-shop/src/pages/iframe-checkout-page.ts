import { html, layout, scriptValue } from "../html";
import type { Order } from "../orders";
import { PRODUCT } from "../product";

/**
 * The Smart Form: Jeton's card form in an iframe on this page, sized by
 * token.js. When the payment ends, the frame posts the signed result to our
 * return URL in the top window.
 */
export function iframeCheckoutPage(options: { jetonUrl: string; integrity: string; order: Order }): string {
  return layout(
    "Checkout",
    html`<h1>Checkout</h1>
<p>${PRODUCT.name} — <strong>${PRODUCT.priceLabel}</strong> · order <code>${options.order.id}</code></p>
<div id="payment" data-testid="smart-form"></div>
<p id="status" class="muted" role="status" data-testid="smart-form-status">Loading the secure form…</p>
<script src="${options.jetonUrl}/v1/token.js" integrity="${options.integrity}" crossorigin="anonymous"></script>
<script>
  const status = document.getElementById("status");
  Jeton.mountSmartForm("#payment", { paymentRequest: ${scriptValue(options.order.embedUrl)}, locale: "en" })
    .on("ready", () => { status.textContent = "Secure form ready."; })
    .on("change", (detail) => { status.textContent = detail.complete ? "Card details complete." : "Enter your card details."; })
    .on("success", () => { status.textContent = "Payment accepted: confirming your order…"; })
    .on("error", (detail) => { status.textContent = "Payment not completed (" + (detail.declineCode || detail.status || "error") + ")."; });
</script>`,
  );
}
