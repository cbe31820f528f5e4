import { z } from "zod";
import { descriptionInput, metadataInput, objectId } from "@/server/http/request-atoms";

/** POST /api/v1/subscriptions/{id}: changes apply from the next charge. */
export const updateSubscriptionBody = z.strictObject({
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  /** Another saved card of the same customer (with consent and a first payment); a past-due amount is retried with it at once. */
  cardId: objectId("card").optional(),
  description: descriptionInput.optional(),
  metadata: metadataInput.optional(),
});

