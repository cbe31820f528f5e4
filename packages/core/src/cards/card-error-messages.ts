// Browser-safe. The card errors' messages for shoppers: token.js's catalog
// includes them, and the platform renders the page locale's ones into each
// Fields frame page (so the frame script carries no catalog).

export type Locale = "fr" | "en";

export const cardMessages = {
  en: {
    invalid_number: "The card number is not valid.",
    invalid_expiry_month: "The expiry month is not valid.",
    invalid_expiry_year: "The expiry year is not valid.",
    expired_card: "This card has expired.",
    invalid_cvc: "The security code is not valid.",
  },
  fr: {
    invalid_number: "Le numéro de carte n'est pas valide.",
    invalid_expiry_month: "Le mois d'expiration n'est pas valide.",
    invalid_expiry_year: "L'année d'expiration n'est pas valide.",
    expired_card: "Cette carte a expiré.",
    invalid_cvc: "Le code de sécurité n'est pas valide.",
  },
} as const;

export type CardMessageCode = keyof typeof cardMessages.en;

export function cardMessage(code: CardMessageCode, locale: Locale): string {
  return cardMessages[locale][code];
}
