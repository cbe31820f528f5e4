import { z } from "zod";

/** POST /api/v1/subscriptions/{id}/cancel. */
export const cancelSubscriptionBody = z.strictObject({
  /** `true`: stays until the end of the period paid, and is canceled instead of charged at the next date. */
  atPeriodEnd: z.boolean().optional(),
});

