import { z } from "zod";

/**
 * POST /dashboard/risk/rules/{id}: the rules table's on/off switch
 * (`toggle`, with `enabled=on` to turn it on). Without `toggle` it is the
 * whole rule form, read as the create form is (../schema.ts, ruleFromForm).
 */
export const ruleToggleFields = z.object({ toggle: z.literal("1"), enabled: z.literal("on").optional() });
