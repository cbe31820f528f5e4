import type { schema } from "@jeton/db";

type CustomerRow = typeof schema.customers.$inferSelect;
type CardRow = typeof schema.cards.$inferSelect;

/** A saved card as the API and events show it: never more of the card than BIN, last 4 and expiry. */
export interface CardView {
  id: string;
  object: "card";
  customerId: string;
  brand: string;
  bin: string;
  last4: string;
  expMonth: number;
  expYear: number;
  holderName: string | null;
  mode: CardRow["mode"];
  createdAt: string;
  deletedAt: string | null;
  /** The shopper's consent to merchant-initiated charges (`initiatedBy: "merchant"`): when and how; null: none recorded, such charges are refused. */
  consent: { obtainedAt: string; method: string } | null;
}

export interface CustomerView {
  id: string;
  object: "customer";
  email: string | null;
  name: string | null;
  merchantReference: string | null;
  /** Test mode: the test clock its subscriptions and plans follow. */
  testClockId: string | null;
  mode: CustomerRow["mode"];
  createdAt: string;
  deletedAt: string | null;
}

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
    testClockId: row.testClockId,
    mode: row.mode,
    createdAt: row.createdAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
