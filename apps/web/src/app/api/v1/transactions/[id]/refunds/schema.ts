import { z } from "zod";
import { paginationQuery } from "@/server/http/pagination-query";
import { descriptionInput, metadataFilter, metadataInput } from "@/server/http/request-atoms";

/** POST /api/v1/transactions/{id}/refunds. What remains to refund is checked by core, under a row lock. */
export const createRefundBody = z.strictObject({
  /** Minor units; everything that remains to refund when absent. */
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  reason: z.string().min(1).max(500).optional(),
  description: descriptionInput.optional(),
  metadata: metadataInput.optional(),
});

/** GET /api/v1/transactions/{id}/refunds query string. */
export const listRefundsQuery = z.strictObject({
  ...paginationQuery,
  /** `metadata[key]=value`: refunds whose metadata has every pair given. */
  metadata: metadataFilter.optional(),
});
