import type { Card, JetonClient } from "@jeton/node";

const brandNames: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express" };

/** "Visa •••• 4242": how a saved card is named to the shopper (never more than the last 4). */
export function cardLabel(card: { brand: string; last4: string }): string {
  return `${brandNames[card.brand] ?? card.brand} •••• ${card.last4}`;
}

/**
 * The demo's one shopper as a Jeton customer, so that a card saved on the
 * hosted page can pay again in one click. Like the orders, it lives in this
 * process's memory: a real shop keeps the customer id on its user account.
 */
export function createDemoShopper(jeton: JetonClient, email: string) {
  let customerId: Promise<string> | undefined;
  return {
    email,
    /** Created through the API the first time the shopper asks to save a card; a failed creation is tried again next time. */
    customerId(): Promise<string> {
      customerId ??= jeton.customers.create({ email, name: "Demo shopper" }).then(
        (customer) => customer.id,
        (error: unknown) => {
          customerId = undefined;
          throw error;
        },
      );
      return customerId;
    },
    /** The card saved last, as Jeton lists it now: a card deleted at Jeton is offered no more. */
    async savedCard(): Promise<Card | undefined> {
      if (!customerId) return undefined;
      const { data } = await jeton.customers.cards.list(await customerId);
      return data[0];
    },
  };
}

export type DemoShopper = ReturnType<typeof createDemoShopper>;
