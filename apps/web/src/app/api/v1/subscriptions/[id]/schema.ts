import { z } from "zod";
import { metadata, objectId } from "../schema";

/** POST /api/v1/subscriptions/{id}: changes apply from the next charge. */
export const updateSubscriptionBody = z.strictObject({
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  /** Another saved card of the same customer (with consent and a first payment); a past-due amount is retried with it at once. */
  cardId: objectId("card").optional(),
  description: z.string().min(1).max(500).optional(),
  metadata: metadata.optional(),
});

