import { z } from "zod";
import { storedCredentialConsent } from "../../schema";

/** POST /api/v1/customers/{id}/cards. */
export const addCustomerCardBody = z.strictObject({
  cardTokenId: z.string().min(1).max(100),
  /** The shopper's consent to merchant-initiated charges on this card. */
  consent: storedCredentialConsent,
});
