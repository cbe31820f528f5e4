import { z } from "zod";
import { paginationQuery } from "@/server/http/pagination-query";

/** GET /api/v1/events query string. */
export const listEventsQuery = z.strictObject({
  ...paginationQuery,
  type: z.string().min(1).max(100).optional(),
  objectId: z.string().min(1).max(100).optional(),
});
