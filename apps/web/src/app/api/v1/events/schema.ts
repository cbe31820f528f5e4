import { z } from "zod";

/** GET /api/v1/events query string. */
export const listEventsQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^\d{1,3}$/, "limit must be an integer from 1 to 100")
    .transform(Number)
    .pipe(z.number().int().min(1).max(100))
    .optional(),
  startingAfter: z.string().min(1).max(100).optional(),
  type: z.string().min(1).max(100).optional(),
  objectId: z.string().min(1).max(100).optional(),
});
