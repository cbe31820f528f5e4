import { z } from "zod";

/** POST /dashboard/settings/checkout/return-urls and …/return-urls/remove: one prefix (normalizeReturnUrlPrefix checks it). */
export const returnUrlFields = z.object({ returnUrl: z.string().trim().min(1).max(2048) });
