// Messages are shown to shoppers (tokenizeAndSubmit writes them into the page),
// so they stay short and free of jargon; the `code` is what integrators match on.

import { cardMessages, type Locale } from "./card-messages";

export type { Locale };

type Catalog = Record<string, string>;

const en: Catalog = {
  ...cardMessages.en,
  missing_field: "A card field is missing from the form.",
  parameter_invalid: "Some card details are not valid.",
  rate_limited: "Too many attempts. Please wait a moment and try again.",
  too_many_attempts: "Too many payment attempts. Please try again later.",
  challenge_required: "A security check could not be completed. Please try again.",
  origin_not_allowed: "This site is not allowed to take card payments with this key.",
  invalid_api_key: "The payment key is not valid.",
  wrong_key_kind: "A secret key must never be used in a browser: use a publishable key (pk_).",
  authentication_required: "The payment key is missing.",
  missing_publishable_key: "Payment is not set up on this page yet.",
  missing_api_base: "The payment server address is unknown.",
  card_field_named: "A card field has a name and would be sent to this site.",
  network_error: "The payment server could not be reached. Check your connection and try again.",
  internal_error: "Something went wrong. Please try again.",
  invalid_embed_url: "The payment form address is not valid: pass the payment request's embedUrl.",
  missing_element: "The element to show the payment form in was not found.",
  invalid_client_secret: "This payment step is not valid (wrong client secret).",
};

const fr: Catalog = {
  ...cardMessages.fr,
  missing_field: "Un champ de la carte manque dans le formulaire.",
  parameter_invalid: "Certaines informations de la carte ne sont pas valides.",
  rate_limited: "Trop de tentatives. Patientez un instant puis réessayez.",
  too_many_attempts: "Trop de tentatives de paiement. Réessayez plus tard.",
  challenge_required: "La vérification de sécurité n'a pas pu aboutir. Veuillez réessayer.",
  origin_not_allowed: "Ce site n'est pas autorisé à accepter des paiements avec cette clé.",
  invalid_api_key: "La clé de paiement n'est pas valide.",
  wrong_key_kind: "Une clé secrète ne doit jamais être utilisée dans un navigateur : utilisez une clé publique (pk_).",
  authentication_required: "La clé de paiement est manquante.",
  missing_publishable_key: "Le paiement n'est pas encore configuré sur cette page.",
  missing_api_base: "L'adresse du serveur de paiement est inconnue.",
  card_field_named: "Un champ de carte porte un nom et serait envoyé à ce site.",
  network_error: "Impossible de joindre le serveur de paiement. Vérifiez votre connexion et réessayez.",
  internal_error: "Une erreur est survenue. Veuillez réessayer.",
  invalid_embed_url: "L'adresse du formulaire de paiement n'est pas valide : passez l'embedUrl de la demande de paiement.",
  missing_element: "L'élément où afficher le formulaire de paiement est introuvable.",
  invalid_client_secret: "Cette étape du paiement n'est pas valide (client secret incorrect).",
};

const catalogs: Record<Locale, Catalog> = { en, fr };

/** Codes with a message of their own; any other code gets the generic one. */
export const messageCodes = Object.keys(en);

let preferred: Locale | undefined;

/** Set by setPublishableKey; undefined means "follow the page language". */
export function setPreferredLocale(locale: Locale | undefined): void {
  preferred = locale;
}

/**
 * An explicit choice wins; otherwise the page's <html lang>, read at the time
 * of the error because single-page checkouts may switch language after load.
 */
export function resolveLocale(explicit?: Locale): Locale {
  const choice = explicit ?? preferred;
  if (choice === "fr" || choice === "en") return choice;
  const lang = typeof document !== "undefined" ? document.documentElement?.lang : undefined;
  return lang && lang.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The server answers in English only, so the message always comes from this table. */
export function messageFor(code: string, locale: Locale = resolveLocale()): string {
  const catalog = catalogs[locale];
  // hasOwnProperty: a code such as "constructor" must not reach Object.prototype.
  return Object.prototype.hasOwnProperty.call(catalog, code) ? (catalog[code] as string) : (catalog.internal_error as string);
}
