import { z } from "zod";

/**
 * POST /login/password: email and password. Only the shape is checked here;
 * whether they are right is core's (verifyStaffPassword), with one answer for
 * every refusal.
 */
export const passwordSignInFields = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});
