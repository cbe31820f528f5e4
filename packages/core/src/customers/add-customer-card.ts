import type { Database } from "@jeton/db";
import type { Clock } from "../clock/clock";
import type { Mode } from "../merchants/create-api-key";
import { consumeCardToken } from "../tokens/consume-card-token";
import type { Vault } from "../vault/create-vault";
import { toCardView, type CardView } from "./customer-view";
import { lockCustomer } from "./lock-customer";
import { storeCard } from "./store-card";

/** Saves the card of a `cardTokenId` for an existing customer (the token is used up). */
export async function addCustomerCard(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  { merchantId, mode, customerId, cardTokenId }: { merchantId: string; mode: Mode; customerId: string; cardTokenId: string },
): Promise<CardView> {
  return db.transaction(async (tx) => {
    const customer = await lockCustomer(tx, { merchantId, mode, customerId });
    const card = await consumeCardToken({ db: tx, vault, clock }, { merchantId, mode, cardTokenId });
    return toCardView(await storeCard(tx, clock, { customer, card }));
  });
}
