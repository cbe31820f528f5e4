import { z } from "zod";
import { descriptionField, metadataField } from "@/server/backoffice/form-atoms";

/**
 * POST /dashboard/settings/developers/webhooks/create. `events` is typed as a
 * list separated by commas, spaces or new lines; empty means every event.
 * createWebhookEndpoint checks the URL (https in live mode) and the types.
 */
export const createWebhookEndpointFields = z.object({
  url: z.string().trim().min(1).max(2048),
  events: z
    .string()
    .max(8000)
    .optional()
    .transform((value) => {
      const types = (value ?? "").split(/[\s,]+/).filter(Boolean);
      return types.length > 0 ? types : null;
    }),
  description: descriptionField,
  metadata: metadataField,
});
