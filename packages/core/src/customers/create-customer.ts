import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { createId } from "../ids/create-id";
import { assertTestMode } from "../recurring/create-test-clock";
import { findScoped } from "../scope";
import type { Mode } from "../merchants/create-api-key";
import { consumeCardToken } from "../tokens/consume-card-token";
import type { Vault } from "../vault/create-vault";
import { toCardView, toCustomerView, type CardView, type CustomerView } from "./customer-view";
import { storeCard } from "./store-card";
import { merchantConsent, type merchantConsentMethods } from "./stored-credential-consent";

export interface CreateCustomerInput {
  email?: string | undefined;
  name?: string | undefined;
  merchantReference?: string | undefined;
  /** Test mode: the test clock the customer's subscriptions and plans follow. */
  testClockId?: string | undefined;
  /** Saves this card for the new customer; the token is used up. */
  cardTokenId?: string | undefined;
  /** With cardTokenId: the merchant's statement of the shopper's consent to later merchant-initiated charges; absent: given now, through the API. */
  consent?: { obtainedAt?: string | undefined; method?: (typeof merchantConsentMethods)[number] | undefined } | undefined;
  description?: string | undefined;
  /** The merchant's own key → value strings (checked by the API: ≤50 keys, keys ≤40, values ≤500 characters). */
  metadata?: Record<string, string> | undefined;
}

/**
 * A customer, and with a `cardTokenId` its first saved card. One database
 * transaction: an unknown, used or expired token creates nothing at all.
 */
export async function createCustomer(
  { db, vault, clock }: { db: Database; vault: Vault; clock: Clock },
  { merchantId, mode, input }: { merchantId: string; mode: Mode; input: CreateCustomerInput },
): Promise<CustomerView & { cards: CardView[] }> {
  const consent = merchantConsent(input.consent, clock.now());
  if (input.testClockId !== undefined) {
    assertTestMode({ merchantId, mode });
    await findScoped(db, schema.testClocks, { merchantId, mode }, input.testClockId, { what: "test clock", param: "testClockId", prefix: "clk" });
  }
  return db.transaction(async (tx) => {
    const [customer] = await tx
      .insert(schema.customers)
      .values({
        id: createId("cus"),
        merchantId,
        mode,
        email: input.email ?? null,
        name: input.name ?? null,
        merchantReference: input.merchantReference ?? null,
        testClockId: input.testClockId ?? null,
        description: input.description ?? null,
        metadata: input.metadata ?? {},
        createdAt: clock.now(),
      })
      .returning();
    if (!customer) throw new Error("customer insert returned nothing");
    const view = toCustomerView(customer);
    await recordEvent(tx, clock, { merchantId, mode, type: "customer.created", objectId: customer.id, data: view as unknown as Record<string, unknown> });
    const cards: CardView[] = [];
    if (input.cardTokenId !== undefined) {
      const card = await consumeCardToken({ db: tx, vault, clock }, { merchantId, mode, cardTokenId: input.cardTokenId });
      cards.push(toCardView(await storeCard(tx, clock, { customer, card, consent })));
    }
    return { ...view, cards };
  });
}
