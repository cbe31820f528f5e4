import { z } from "zod";

/** POST /api/v1/transactions/{id}/capture. The window and status rules are core's. */
export const captureTransactionBody = z.strictObject({
  /** Minor units, at most the authorized amount; the whole authorization when absent. */
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
