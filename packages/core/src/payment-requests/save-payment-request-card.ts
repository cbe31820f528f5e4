import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { toCustomerView } from "../customers/customer-view";
import { storeCard } from "../customers/store-card";
import { recordEvent } from "../events/record-event";
import { createId } from "../ids/create-id";
import { isAppError } from "../errors";
import { lockCustomer } from "../customers/lock-customer";
import { ownedWhere } from "../scope";

type PaymentRequestRow = typeof schema.paymentRequests.$inferSelect;

/**
 * `saveCard` (SPEC §3): once a request has succeeded, its card is saved for
 * the request's customer, or for a new customer with the request's email.
 * Runs inside the transaction that records the success. The card is taken
 * from the attempt's card token: for a payment the authorization already used
 * it up; for `intent: "tokenize"` it is used up here, since the merchant gets
 * the saved card instead of the token. A customer deleted since the request
 * was created is not brought back: the payment stands and no card is saved.
 */
export async function savePaymentRequestCard(
  db: Database,
  clock: Clock,
  { paymentRequest, cardTokenId, transactionId }: { paymentRequest: PaymentRequestRow; cardTokenId: string; transactionId?: string | undefined },
): Promise<{ customerId: string; cardId: string } | null> {
  const { merchantId, mode } = paymentRequest;
  const { cardTokens } = schema;
  const own = ownedWhere(cardTokens, { merchantId, mode }, cardTokenId);
  const [token] =
    paymentRequest.intent === "tokenize"
      ? await db
          .update(cardTokens)
          .set({ usedAt: clock.now(), cvcSealed: null, cvcKekId: null })
          .where(and(own, isNull(cardTokens.usedAt)))
          .returning()
      : await db.select().from(cardTokens).where(own);
  if (!token) throw new Error(`card token ${cardTokenId} of payment request ${paymentRequest.id} is missing or already used`);
  const { panSealed, panKekId } = token;
  if (panSealed === null || panKekId === null) throw new Error(`card token ${cardTokenId} has no card data left`);

  let customer: typeof schema.customers.$inferSelect;
  if (paymentRequest.customerId) {
    try {
      customer = await lockCustomer(db, { merchantId, mode, customerId: paymentRequest.customerId });
    } catch (error) {
      if (isAppError(error) && error.code === "resource_not_found") return null;
      throw error;
    }
  } else {
    const [created] = await db
      .insert(schema.customers)
      .values({ id: createId("cus"), merchantId, mode, email: paymentRequest.customerEmail, createdAt: clock.now() })
      .returning();
    if (!created) throw new Error("customer insert returned nothing");
    customer = created;
    await recordEvent(db, clock, {
      merchantId,
      mode,
      type: "customer.created",
      objectId: customer.id,
      data: toCustomerView(customer) as unknown as Record<string, unknown>,
    });
  }
  const card = await storeCard(db, clock, {
    customer,
    card: { ...token, panSealed, panKekId },
    // The shopper's tick on the payment page, recorded with the attempt; without it the card serves one-click payments only.
    consent: paymentRequest.cardConsentAt ? { obtainedAt: paymentRequest.cardConsentAt, method: "hosted_page" } : null,
    // Saved during a payment the shopper made: that is the first customer-initiated payment with the card.
    initialTransactionId: transactionId ?? null,
  });
  if (transactionId) {
    await db.update(schema.transactions).set({ customerId: customer.id, cardId: card.id }).where(eq(schema.transactions.id, transactionId));
  }
  return { customerId: customer.id, cardId: card.id };
}
