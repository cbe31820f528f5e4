import { schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { recordEvent, type DatabaseExecutor } from "../events/record-event";
import { createId } from "../ids/create-id";
import { toCardView } from "./customer-view";
import type { StoredCredentialConsent } from "./stored-credential-consent";

type CustomerRow = typeof schema.customers.$inferSelect;
type CardRow = typeof schema.cards.$inferSelect;

/** What a used card token hands over to a saved card: the sealed PAN as is (it is never opened here), never a CVC. */
export interface CardToStore {
  panSealed: string;
  panKekId: string;
  fingerprint: string;
  brand: string;
  bin: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName: string | null;
}

/**
 * Saves a card for a customer and announces `customer.card.saved`, inside the
 * caller's transaction (the one that consumed the token), so a card is saved
 * exactly when its token is used up.
 */
export async function storeCard(
  db: DatabaseExecutor,
  clock: Clock,
  {
    customer,
    card,
    consent,
    initialTransactionId = null,
  }: {
    customer: CustomerRow;
    card: CardToStore;
    /** The shopper's consent to merchant-initiated charges; null: the card serves only payments the shopper makes. */
    consent: StoredCredentialConsent | null;
    /** The customer-initiated payment during which the card was saved, if any. */
    initialTransactionId?: string | null;
  },
): Promise<CardRow> {
  const [row] = await db
    .insert(schema.cards)
    .values({
      id: createId("card"),
      merchantId: customer.merchantId,
      mode: customer.mode,
      customerId: customer.id,
      panSealed: card.panSealed,
      panKekId: card.panKekId,
      fingerprint: card.fingerprint,
      brand: card.brand,
      bin: card.bin,
      last4: card.last4,
      expMonth: card.expMonth,
      expYear: card.expYear,
      holderName: card.holderName,
      createdAt: clock.now(),
      consentObtainedAt: consent?.obtainedAt ?? null,
      consentMethod: consent?.method ?? null,
      initialTransactionId,
    })
    .returning();
  if (!row) throw new Error("card insert returned nothing");
  await recordEvent(db, clock, {
    merchantId: row.merchantId,
    mode: row.mode,
    type: "customer.card.saved",
    objectId: row.id,
    data: toCardView(row) as unknown as Record<string, unknown>,
  });
  return row;
}
