import { z } from "zod";

/** POST /dashboard/payments/blacklist/remove: the blacklisted card to take off the list (its id; core checks it is the merchant's). */
export const unblacklistCardFields = z.object({ card: z.string().trim().min(1, "Which card?").max(100) });
