import { z } from "zod";

/**
 * The cursor parameters every list endpoint takes, as they travel in a query
 * string (text): `limit` 1–100 and `startingAfter`, the last id of the page
 * before.
 */
export const paginationQuery = {
  limit: z
    .string()
    .regex(/^\d{1,3}$/, "limit must be an integer from 1 to 100")
    .transform(Number)
    .pipe(z.number().int().min(1).max(100))
    .optional(),
  startingAfter: z.string().min(1).max(100).optional(),
};
