import { z } from "zod";

/** POST /dashboard/settings/branding/update. Lengths are loose bounds; updateBranding checks the rules (name, #rrggbb, contrast). */
export const updateBrandingFields = z.object({
  displayName: z.string().max(200),
  primaryColor: z.string().max(20),
  backgroundColor: z.string().max(20),
});
