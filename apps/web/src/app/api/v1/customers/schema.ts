import { z } from "zod";
import { paginationQuery } from "@/server/http/pagination-query";

/** POST /api/v1/customers. */
export const createCustomerBody = z.strictObject({
  email: z.email().max(254).optional(),
  name: z.string().min(1).max(200).optional(),
  merchantReference: z.string().min(1).max(64).optional(),
  /** Saves this card for the customer; the token is used up. */
  cardTokenId: z.string().min(1).max(100).optional(),
});

/** GET /api/v1/customers query string. */
export const listCustomersQuery = z.strictObject({
  ...paginationQuery,
  email: z.email().max(254).optional(),
});
