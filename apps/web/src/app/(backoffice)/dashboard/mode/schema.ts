import { z } from "zod";

/** POST /dashboard/mode: the data mode to switch the session to. */
export const switchModeFields = z.object({ mode: z.enum(["test", "live"]) });
