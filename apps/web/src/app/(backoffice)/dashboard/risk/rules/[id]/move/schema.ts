import { z } from "zod";

/** POST /dashboard/risk/rules/{id}/move: one step up or down the order. */
export const moveRuleFields = z.object({ direction: z.enum(["up", "down"]) });
