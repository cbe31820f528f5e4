import type { JetonField } from "./jeton-error";

/** Whether the form asks for the expiry in one "MM/YY" input or two. */
export type ExpiryLayout = "combined" | "split";

/**
 * Maps a card field as the API names it (`card[expMonth]` from the server,
 * `expMonth` from validateCard) to the data-jeton input the shopper sees, so
 * the merchant highlights the input that actually exists in the form.
 */
export function fieldForParam(param: string | undefined, layout: ExpiryLayout): JetonField | undefined {
  if (!param) return undefined;
  const name = /^card\[(\w+)\]$/.exec(param)?.[1] ?? param;
  switch (name) {
    case "number":
      return "number";
    case "expMonth":
      return layout === "combined" ? "exp" : "exp-month";
    case "expYear":
      return layout === "combined" ? "exp" : "exp-year";
    case "cvc":
      return "cvc";
    case "holder":
      return "holder";
    default:
      return undefined;
  }
}
