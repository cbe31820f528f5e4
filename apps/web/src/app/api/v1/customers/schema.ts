import { merchantConsentMethods } from "@jeton/core";
import { z } from "zod";
import { paginationQuery } from "@/server/http/pagination-query";
import { descriptionInput, metadataFilter, metadataInput } from "@/server/http/request-atoms";

/**
 * The merchant's statement that the shopper agreed to later merchant-initiated charges on the card
 * (`initiatedBy: "merchant"`). Optional: absent, consent is recorded as given now, through the API.
 */
export const storedCredentialConsent = z
  .strictObject({
    /** When the shopper agreed (not in the future); default: now. */
    obtainedAt: z.iso.datetime({ offset: true }).optional(),
    /** How: on the merchant's site (`online`), `in_person`, by `phone`, `written`; default `api`. */
    method: z.enum(merchantConsentMethods).optional(),
  })
  .optional();

/** POST /api/v1/customers. */
export const createCustomerBody = z.strictObject({
  email: z.email().max(254).optional(),
  name: z.string().min(1).max(200).optional(),
  merchantReference: z.string().min(1).max(64).optional(),
  /** Test mode: the test clock (clk_…) this customer's subscriptions, instalments and delayed captures follow. */
  testClockId: z.string().min(1).max(100).optional(),
  /** Saves this card for the customer; the token is used up. */
  cardTokenId: z.string().min(1).max(100).optional(),
  /** With cardTokenId: the shopper's consent to merchant-initiated charges on that card. */
  consent: storedCredentialConsent,
  description: descriptionInput.optional(),
  metadata: metadataInput.optional(),
});

/** GET /api/v1/customers query string. */
export const listCustomersQuery = z.strictObject({
  ...paginationQuery,
  email: z.email().max(254).optional(),
  /** `metadata[key]=value`: customers whose metadata has every pair given. */
  metadata: metadataFilter.optional(),
});
