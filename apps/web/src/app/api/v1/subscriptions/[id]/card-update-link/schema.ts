import { z } from "zod";

/** POST /api/v1/subscriptions/{id}/card-update-link. */
export const createCardUpdateLinkBody = z.strictObject({
  /** Where the shopper comes back to (one of the merchant's registered return URLs), with the signed result. */
  returnUrl: z.string().max(2048),
});
