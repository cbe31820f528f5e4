import { maskStoredCard } from "@jeton/core";

const brandNames: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
  maestro: "Maestro",
  mir: "Mir",
  elo: "Elo",
  hiper: "Hiper",
  hipercard: "Hipercard",
  unknown: "Unknown brand",
};

/** A card brand as staff read it: "Mastercard", not "mastercard". */
export function brandName(brand: string): string {
  return brandNames[brand] ?? brand;
}

/** "Visa 424242******4242": never more of the number than BIN and last 4. */
export function cardLabel(card: { brand: string; bin: string; last4: string }): string {
  return `${brandName(card.brand)} ${maskStoredCard(card)}`;
}
