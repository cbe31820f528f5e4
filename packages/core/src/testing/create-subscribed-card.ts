import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { addCustomerCard } from "../customers/add-customer-card";
import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { createCustomer } from "../customers/create-customer";
import { createTransaction } from "../payments/create-transaction";
import { createTestClock } from "../recurring/create-test-clock";
import { createCardToken } from "../tokens/create-card-token";
import type { PlatformUrls } from "../urls/platform-urls";
import type { Vault } from "../vault/create-vault";

/**
 * Tests only: a test-mode customer (on a new test clock frozen at `frozenTime`, when given) with a card
 * saved with consent, and the shopper's first, customer-initiated payment with it: what recurring
 * charges need. Returns the ids, and a function to save another card for the same customer.
 */
export async function createCustomerWithChargeableCard(
  deps: { db: Database; vault: Vault; clock: Clock; acquirers: AcquirerRegistry; urls: PlatformUrls },
  { merchantId, number = "4242424242424242", frozenTime }: { merchantId: string; number?: string; frozenTime?: Date },
) {
  const scope = { merchantId, mode: "test" as const };
  const testClock = frozenTime ? await createTestClock(deps, { scope, frozenTime }) : null;
  const token = async (pan: string) => (await createCardToken(deps, { merchantId, mode: "test", card: { number: pan, expMonth: "12", expYear: "2039", cvc: "123" } })).cardTokenId;
  const customer = await createCustomer(deps, { merchantId, mode: "test", input: { email: "ada@example.com", cardTokenId: await token(number), testClockId: testClock?.id } });
  const card = customer.cards[0]!;
  // The first payment is the shopper's own (one-click): it makes the card chargeable by the merchant alone.
  // A card that declines gets a working first payment anyway, by marking it directly: its later charges are what a test is after.
  let initialTransactionId: string;
  try {
    const first = await createTransaction(deps, { merchantId, mode: "test", input: { amount: 100, currency: "EUR", customerId: customer.id, cardId: card.id, initiatedBy: "customer" } });
    initialTransactionId = first.transaction.id;
  } catch (error) {
    const transactionId = (error as { transactionId?: string }).transactionId;
    if (!transactionId) throw error;
    await deps.db.update(schema.cards).set({ initialTransactionId: transactionId }).where(eq(schema.cards.id, card.id));
    initialTransactionId = transactionId;
  }
  const addCard = async (pan: string) => {
    const { id: cardId } = await addCustomerCard(deps, { merchantId, mode: "test", customerId: customer.id, cardTokenId: await token(pan) });
    await createTransaction(deps, { merchantId, mode: "test", input: { amount: 100, currency: "EUR", customerId: customer.id, cardId, initiatedBy: "customer" } });
    return cardId;
  };
  return { scope, testClockId: testClock?.id ?? null, customerId: customer.id, cardId: card.id, initialTransactionId, addCard };
}
