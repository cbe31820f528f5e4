import { z } from "zod";

/** POST /dashboard/payments/{id}/review: the staff member's decision on a payment held for review. */
export const reviewDecisionFields = z.object({ decision: z.enum(["approve", "reject"]) });
