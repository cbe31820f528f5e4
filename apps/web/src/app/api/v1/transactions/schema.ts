import { schema } from "@jeton/db";
import { z } from "zod";
import { paginationQuery } from "@/server/http/pagination-query";
import { currencyCode, descriptionInput, metadataFilter, metadataInput, objectId, statusListQuery } from "@/server/http/request-atoms";

/** An ISO 8601 instant with an offset, or a date alone (midnight UTC). */
const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "an ISO 8601 date (2026-11-01) or date-time with offset (2026-11-01T09:00:00+01:00)" })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

/** Minor units, as digits. */
const minorUnits = z
  .string()
  .regex(/^\d{1,16}$/, "an integer amount in minor units")
  .transform(Number)
  .pipe(z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER));

/** GET /api/v1/transactions query string. Every filter narrows: they combine with AND. */
export const listTransactionsQuery = z.strictObject({
  ...paginationQuery,
  /** Created at or after. */
  createdFrom: instant.optional(),
  /** Created strictly before (so createdFrom=2026-11-01&createdTo=2026-12-01 is November). */
  createdTo: instant.optional(),
  /** One status, or several separated by commas (`refunded,partially_refunded`). */
  status: statusListQuery(schema.transactionStatuses).optional(),
  merchantReference: z.string().min(1).max(64).optional(),
  amount: minorUnits.optional(),
  amountMin: minorUnits.optional(),
  amountMax: minorUnits.optional(),
  currency: currencyCode.optional(),
  customerEmail: z.email().max(254).optional(),
  last4: z.string().regex(/^\d{4}$/, "the last 4 digits of the card").optional(),
  /** The card brand, lower-case as in `card.brand`: visa, mastercard, amex, … */
  brand: z.string().regex(/^[a-z]{2,20}$/, "a card brand in lower case, e.g. visa").optional(),
  customerId: objectId("cus").optional(),
  /** `metadata[key]=value`: transactions whose metadata has every pair given. */
  metadata: metadataFilter.optional(),
  /** The charges of one subscription (every attempt), or of one instalment plan. */
  subscriptionId: objectId("sub").optional(),
  installmentPlanId: objectId("ipl").optional(),
});

/**
 * POST /api/v1/transactions. Exactly one source: `cardTokenId`, `customerId`
 * with `cardId`, or `sourceTransactionId` (core checks the combination, and
 * whether the ids are the merchant's).
 */
export const createTransactionBody = z.strictObject({
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: currencyCode,
  /** `delayed`: captured automatically `captureDelayDays` (1–7) days later, unless captured or canceled before. */
  captureMode: z.enum(["automatic", "manual", "delayed"]).optional(),
  captureDelayDays: z.number().int().min(1).max(7).optional(),
  merchantReference: z.string().min(1).max(64).optional(),
  customerEmail: z.email().max(254).optional(),
  cardTokenId: objectId("ctok").optional(),
  customerId: objectId("cus").optional(),
  cardId: objectId("card").optional(),
  sourceTransactionId: objectId("tx").optional(),
  /** Saved card or duplicate: `customer` (one-click, the shopper is there; default) or `merchant` (recurring, no 3-D Secure). */
  initiatedBy: z.enum(["customer", "merchant"]).optional(),
  description: descriptionInput.optional(),
  metadata: metadataInput.optional(),
});
