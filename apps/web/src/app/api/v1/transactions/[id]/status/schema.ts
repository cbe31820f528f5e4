import { z } from "zod";

/** GET /api/v1/transactions/{id}/status: the client secret is in the query, like the challenge page's. */
export const transactionStatusQuery = z.strictObject({
  client_secret: z.string().min(1).max(200),
});
