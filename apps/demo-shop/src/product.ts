/** The one thing this shop sells; amounts in minor units, like everything that talks to Jeton. */
export const PRODUCT = {
  name: "Jeton T-shirt",
  description: "Organic cotton, printed in Tunis.",
  amount: 2500,
  currency: "EUR",
  priceLabel: "25,00 €",
} as const;
