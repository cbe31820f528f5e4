import { z } from "zod";

/** POST /dashboard/subscriptions/{id}/cancel: now (default) or at the end of the period paid. */
export const cancelSubscriptionFields = z.object({ when: z.enum(["now", "period_end"]).default("now") });
