// The formatting lives in core so that the hosted page's Smart Form shares it.
export { formatCardNumber } from "@jeton/core/cards/format-card-number";
