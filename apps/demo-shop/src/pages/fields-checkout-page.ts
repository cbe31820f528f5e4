import { html, layout, scriptValue } from "../html";
import { PRODUCT } from "../product";

/**
 * The shop's own checkout with token.js Fields: the layout, labels and look are
 * the shop's (a dark, serif theme, nothing like Jeton's page), while each card
 * input is an iframe from Jeton. The card never reaches this page's scripts
 * nor this server: the form posts only the email and the cardTokenId.
 */
export function fieldsCheckoutPage(options: { jetonUrl: string; integrity: string; publishableKey: string }): string {
  return layout(
    "Checkout with Fields",
    html`<style>
  body { background: #14121f; color: #f3e9d2; font-family: Georgia, "Times New Roman", serif; }
  body header { border-color: #3a3550; } body header a { color: #f3e9d2; }
  .card-box { background: #201d31; border: 1px solid #3a3550; border-radius: 14px; padding: 1.2rem 1.4rem; }
  .jeton-box { border-bottom: 2px solid #6b6489; padding: 0 .2rem; margin-top: .3rem; transition: border-color .15s; }
  .jeton-field--focus { border-color: #ffb454; }
  .jeton-field--invalid { border-color: #ff6b6b; }
  .jeton-field--complete { border-color: #7bd88f; }
  #checkout-fields label { font-variant: small-caps; letter-spacing: .06em; color: #c9bfa6; }
  #checkout-fields input[type=email] { background: transparent; color: #f3e9d2; border: 0; border-bottom: 2px solid #6b6489; border-radius: 0; }
  #checkout-fields button { background: #ffb454; color: #14121f; border-radius: 999px; font-family: inherit; font-weight: bold; }
  #card-errors { color: #ff8f8f; min-height: 1.5em; margin-top: .8rem; }
  .muted { color: #a79f8a; }
</style>
<h1>Checkout</h1>
<p>${PRODUCT.name} — <strong>${PRODUCT.priceLabel}</strong></p>
<form id="checkout-fields" method="post" action="/orders" novalidate>
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="email" value="ada@example.com">
  <div class="card-box">
    <label for="card-holder">Name on card</label><div id="card-holder" class="jeton-box"></div>
    <label for="card-number">Card number <span id="brand" data-testid="fields-brand" aria-live="polite"></span></label>
    <div id="card-number" class="jeton-box"></div>
    <div class="row">
      <div><label for="card-expiry">Expiry</label><div id="card-expiry" class="jeton-box"></div></div>
      <div><label for="card-cvc">Security code</label><div id="card-cvc" class="jeton-box"></div></div>
    </div>
  </div>
  <input type="hidden" name="cardTokenId" id="card-token-id">
  <div id="card-errors" role="alert"></div>
  <button type="submit" id="pay">Pay ${PRODUCT.priceLabel}</button>
  <p class="muted">The card inputs are Jeton's: this shop never sees your card, only a token.</p>
</form>
<script src="${options.jetonUrl}/v1/token.js" integrity="${options.integrity}" crossorigin="anonymous"></script>
<script>
  Jeton.setPublishableKey(${scriptValue(options.publishableKey)});
  // On window only so that the end-to-end tests can inspect them.
  const fields = (window.fields = Jeton.fields({
    style: {
      base: { color: "#f3e9d2", fontFamily: "Georgia, serif", fontSize: "18px", letterSpacing: "0.04em", "::placeholder": { color: "#8a8298" }, ":focus": { color: "#ffffff" } },
      invalid: { color: "#ff8f8f" },
      complete: { color: "#7bd88f" },
    },
  }));
  const errors = document.getElementById("card-errors");
  const states = (window.states = {});
  for (const [type, placeholder] of [["holder", "Ada Lovelace"], ["number", "1234 1234 1234 1234"], ["expiry", "MM / YY"], ["cvc", "123"]]) {
    const field = fields.create(type, { placeholder }).mount("#card-" + type);
    field.on("change", (event) => {
      states[type] = event;
      if (type === "number") document.getElementById("brand").textContent = event.brand === "unknown" ? "" : event.brand;
      const firstError = Object.values(states).find((state) => state.error);
      errors.textContent = firstError ? firstError.error.message : "";
    });
  }
  const form = document.getElementById("checkout-fields");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    document.getElementById("pay").disabled = true;
    fields
      .createToken()
      .then((token) => {
        document.getElementById("card-token-id").value = token.cardTokenId;
        form.submit();
      })
      .catch((error) => {
        errors.textContent = error.message;
        document.getElementById("pay").disabled = false;
      });
  });
</script>`,
  );
}
