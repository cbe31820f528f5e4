import { z } from "zod";

/** POST /dashboard/settings/branding/logo (multipart): the logo file; core checks its type, size and pixels. */
export const logoUploadFiles = z.object({
  logo: z.instanceof(File, { error: "Choose a logo file." }).refine((file) => file.size > 0, "Choose a logo file."),
});
