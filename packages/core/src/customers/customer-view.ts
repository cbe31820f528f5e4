import type { schema } from "@jeton/db";
import { z } from "zod";
import { modeView, timestamp, metadataView } from "../views/view-atoms";

type CustomerRow = typeof schema.customers.$inferSelect;
type CardRow = typeof schema.cards.$inferSelect;

/** A saved card as the API and events show it: never more of the card than BIN, last 4 and expiry. */
export const cardView = z
  .object({
    id: z.string(),
    object: z.literal("card"),
    customerId: z.string(),
    brand: z.string(),
    bin: z.string(),
    last4: z.string(),
    expMonth: z.number().int(),
    expYear: z.number().int(),
    holderName: z.string().nullable(),
    mode: modeView,
    createdAt: timestamp,
    deletedAt: timestamp.nullable(),
    consent: z
      .object({ obtainedAt: timestamp, method: z.string() })
      .nullable()
      .describe("The shopper's consent to merchant-initiated charges: when and how; null: none recorded, such charges are refused."),
  })
  .meta({ id: "Card" });
export type CardView = z.infer<typeof cardView>;

export const customerView = z
  .object({
    id: z.string(),
    object: z.literal("customer"),
    email: z.string().nullable(),
    name: z.string().nullable(),
    merchantReference: z.string().nullable(),
    description: z.string().nullable(),
    metadata: metadataView,
    testClockId: z.string().nullable().describe("Test mode: the test clock its subscriptions, instalment plans and delayed captures follow."),
    mode: modeView,
    createdAt: timestamp,
    deletedAt: timestamp.nullable(),
  })
  .meta({ id: "Customer" });
export type CustomerView = z.infer<typeof customerView>;

/** A customer with its saved cards (the answer of create and get). */
export const customerWithCardsView = customerView.extend({ cards: z.array(cardView) }).meta({ id: "CustomerWithCards" });

// The sealed PAN, its KEK id and the fingerprint stay out of every view: the
// fingerprint is keyed per platform, not per merchant, so it would let one
// merchant recognise another's shoppers.
export function toCardView(row: CardRow): CardView {
  return {
    id: row.id,
    object: "card",
    customerId: row.customerId,
    brand: row.brand,
    bin: row.bin,
    last4: row.last4,
    expMonth: row.expMonth,
    expYear: row.expYear,
    holderName: row.holderName,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    consent: row.consentObtainedAt ? { obtainedAt: row.consentObtainedAt.toISOString(), method: row.consentMethod ?? "api" } : null,
  };
}

export function toCustomerView(row: CustomerRow): CustomerView {
  return {
    id: row.id,
    object: "customer",
    email: row.email,
    name: row.name,
    merchantReference: row.merchantReference,
    description: row.description,
    metadata: row.metadata,
    testClockId: row.testClockId,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
