import type { Database } from "@jeton/db";
import type { Clock } from "../clock/clock";
import type { Mode } from "../merchants/create-api-key";
import { consumeCardToken } from "../tokens/consume-card-token";
import type { Vault } from "../vault/create-vault";
import { toCardView, type CardView } from "./customer-view";
import { lockCustomer } from "./lock-customer";
import { storeCard } from "./store-card";
import { merchantConsent, type merchantConsentMethods } from "./stored-credential-consent";

/** Saves the card of a `cardTokenId` for an existing customer (the token is used up). */
export async function addCustomerCard(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  {
    merchantId,
    mode,
    customerId,
    cardTokenId,
    consent,
  }: {
    merchantId: string;
    mode: Mode;
    customerId: string;
    cardTokenId: string;
    /** The merchant's statement of the shopper's consent to later merchant-initiated charges; absent: given now, through the API. */
    consent?: { obtainedAt?: string | undefined; method?: (typeof merchantConsentMethods)[number] | undefined } | undefined;
  },
): Promise<CardView> {
  const stated = merchantConsent(consent, clock.now());
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, { merchantId, mode, customerId });
    const card = await consumeCardToken({ db: tx, vault, clock }, { merchantId, mode, cardTokenId });
    return toCardView(await storeCard(tx, clock, { customer, card, consent: stated }));
  });
}
