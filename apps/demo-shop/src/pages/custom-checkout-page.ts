import { html, layout, scriptValue } from "../html";
import { PRODUCT } from "../product";

/**
 * The merchant's own form. The card inputs carry `data-jeton` and no `name`,
 * so the browser never submits them here; token.js sends them to Jeton and
 * puts only the resulting cardTokenId in the form.
 */
export function customCheckoutPage(options: { jetonUrl: string; integrity: string; publishableKey: string }): string {
  return layout(
    "Checkout",
    html`<h1>Checkout</h1>
<p>${PRODUCT.name} — <strong>${PRODUCT.priceLabel}</strong></p>
<form id="checkout" method="post" action="/orders" novalidate>
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="email" value="ada@example.com">
  <label for="holder">Name on card</label>
  <input id="holder" data-jeton="holder" autocomplete="cc-name">
  <label for="number">Card number <span id="brand" class="muted" aria-live="polite"></span></label>
  <input id="number" data-jeton="number" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242">
  <div class="row">
    <div><label for="exp">Expiry (MM/YY)</label><input id="exp" data-jeton="exp" inputmode="numeric" autocomplete="cc-exp" placeholder="12/34"></div>
    <div><label for="cvc">Security code</label><input id="cvc" data-jeton="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="123"></div>
  </div>
  <div data-jeton-error role="alert"></div>
  <button type="submit">Pay ${PRODUCT.priceLabel}</button>
  <p class="muted">Card details go straight to Jeton; this shop only receives a token.</p>
</form>
<script src="${options.jetonUrl}/v1/token.js" integrity="${options.integrity}" crossorigin="anonymous"></script>
<script>
  Jeton.setPublishableKey(${scriptValue(options.publishableKey)});
  const form = document.getElementById("checkout");
  const number = document.getElementById("number");
  number.addEventListener("input", () => {
    document.getElementById("brand").textContent = Jeton.cardBrand(number.value) === "unknown" ? "" : Jeton.cardBrand(number.value);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    Jeton.tokenizeAndSubmit(form);
  });
</script>`,
  );
}
