export { cardMessage, cardMessages, type CardMessageCode, type Locale } from "@jeton/core/cards/card-error-messages";
