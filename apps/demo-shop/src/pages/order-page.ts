import type { CardToken } from "@jeton/node";
import { html, layout } from "../html";
import { PRODUCT } from "../product";

export interface Order {
  id: string;
  email: string;
  cardTokenId: string;
  card: CardToken["card"] | undefined;
  tokenStatus: string;
  receivedFields: string[];
}

export function orderPage(order: Order): string {
  return layout(
    `Order ${order.id}`,
    html`<h1>Order ${order.id}</h1>
<p>${PRODUCT.name} — ${PRODUCT.priceLabel}, for ${order.email}.</p>
<dl>
  <dt>Card token</dt><dd><code data-testid="card-token-id">${order.cardTokenId}</code></dd>
  <dt>Card</dt><dd data-testid="card">${order.card ? `${order.card.brand} •••• ${order.card.last4} (${String(order.card.expMonth).padStart(2, "0")}/${order.card.expYear})` : "unknown"}</dd>
  <dt>Token status</dt><dd data-testid="token-status">${order.tokenStatus}</dd>
  <dt>Fields this shop received</dt><dd data-testid="received-fields">${order.receivedFields.join(", ")}</dd>
</dl>
<p class="muted">The shop's server got the token and asked Jeton (with its secret key) what card it stands for: never the card number.</p>`,
  );
}

export function errorPage(status: number, message: string): string {
  return layout("Error", html`<h1>Something went wrong</h1><p role="alert">${message}</p><p><a href="/">Back to the shop</a></p>`) + `<!-- ${status} -->`;
}
