import { type Database, schema } from "@jeton/db";
import { checkCardNumber } from "../cards/check-card-number";
import { maskCard } from "../cards/mask-card";
import { validateCard } from "../cards/validate-card";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import type { Sealed, Vault } from "../vault/create-vault";
import { CARD_TOKEN_TTL_MS, toCardTokenView, type CardTokenView } from "./card-token-view";

export interface CreateCardTokenInput {
  merchantId: string;
  mode: Mode;
  card: { number: string; expMonth: number | string; expYear: number | string; cvc: string; holder?: string | undefined };
}

const cardErrorMessages = {
  invalid_number: "The card number is not valid.",
  invalid_expiry_month: "The expiry month is not valid.",
  invalid_expiry_year: "The expiry year is not valid.",
  expired_card: "The card has expired.",
  invalid_cvc: "The security code is not valid for this card.",
} as const;

/**
 * Validates a card again on the server (the browser's checks are a courtesy);
 * throws the first problem as a card error. The tokenization endpoint calls it
 * before it counts a request against the publishable key.
 */
export type CheckedCard = ReturnType<typeof checkCardForToken>;

export function checkCardForToken(input: CreateCardTokenInput["card"], now: Date) {
  const result = validateCard(input, now, checkCardNumber);
  if (!result.ok) {
    const [first] = result.errors;
    if (first) throw new AppError(first.code, cardErrorMessages[first.code], { param: `card[${first.field}]` });
    throw new AppError("invalid_number", cardErrorMessages.invalid_number, { param: "card[number]" });
  }
  const card = result.card;
  if (card.cvc === undefined) {
    throw new AppError("invalid_cvc", cardErrorMessages.invalid_cvc, { param: "card[cvc]" });
  }
  return { ...card, cvc: card.cvc };
}

/**
 * A new token's row, minus its merchant and mode: the card sealed by the vault,
 * its fingerprint and display fields, and a 15-minute life from `now`.
 * `fingerprint`: vault.fingerprint(card.number) when the caller already has it (tokenizeCard: the card-testing key's).
 */
export function sealCardToken(vault: Vault, card: CheckedCard, holder: string | undefined, now: Date, fingerprint?: string) {
  // Two envelopes, not one: the CVC is erased after its one use and its data key must then be gone with it,
  // whereas the PAN's lives on (saved cards keep its sealed value, rotation re-wraps it). One random draw for both.
  const [pan, cvc] = vault.sealEach([
    { plaintext: card.number, purpose: "pan" },
    { plaintext: card.cvc, purpose: "cvc" },
  ]) as [Sealed, Sealed];
  const { bin, last4 } = maskCard(card.number);
  const trimmed = holder?.trim();
  return {
    id: createId("ctok"),
    panSealed: pan.value,
    panKekId: pan.kekId,
    cvcSealed: cvc.value,
    cvcKekId: cvc.kekId,
    fingerprint: fingerprint ?? vault.fingerprint(card.number),
    brand: card.brand,
    bin,
    last4,
    expMonth: card.expMonth,
    expYear: card.expYear,
    holderName: trimmed ? trimmed : null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CARD_TOKEN_TTL_MS),
  };
}

/**
 * Validates the card (checkCardForToken), seals the PAN and CVC in the vault
 * and stores a single-use token that lives 15 minutes.
 */
export async function createCardToken(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  input: CreateCardTokenInput,
): Promise<CardTokenView> {
  const now = clock.now();
  const card = checkCardForToken(input.card, now);
  const [row] = await db
    .insert(schema.cardTokens)
    .values({ ...sealCardToken(vault, card, input.card.holder, now), merchantId: input.merchantId, mode: input.mode })
    .returning();
  if (!row) throw new Error("card token insert returned nothing");
  return toCardTokenView(row);
}
