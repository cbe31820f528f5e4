import { z } from "zod";

/** POST /api/v1/customers/{id}/cards. */
export const addCustomerCardBody = z.strictObject({
  cardTokenId: z.string().min(1).max(100),
});
