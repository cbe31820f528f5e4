import { z } from "zod";

/** POST /dashboard/settings/checkout/origins and …/origins/remove: one origin (normalizeOrigin checks its shape). */
export const originFields = z.object({ origin: z.string().trim().min(1).max(300) });
