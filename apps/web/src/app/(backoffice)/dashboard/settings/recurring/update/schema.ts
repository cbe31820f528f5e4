import { z } from "zod";

/** POST /dashboard/settings/recurring/update: `retryDays` as "1, 3, 5" (empty: no retry) and `afterRetries`; core checks the ranges. */
export const recurringSettingsFields = z.object({
  retryDays: z
    .string()
    .max(50)
    .regex(/^\s*(\d{1,2}\s*(,\s*\d{1,2}\s*)*)?$/, "whole days separated by commas, e.g. 1, 3, 5")
    .transform((value) => value.split(",").map((day) => day.trim()).filter(Boolean).map(Number)),
  afterRetries: z.enum(["cancel", "past_due"]),
});
