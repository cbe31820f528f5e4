import { z } from "zod";
import { descriptionInput, metadataFilter, metadataInput } from "@/server/http/request-atoms";

/** POST /api/v1/webhook-endpoints. URL rules (scheme, https in live mode) and event type shapes are checked by core. */
export const createWebhookEndpointBody = z.strictObject({
  url: z.string().min(1).max(2048),
  /** Event types to receive; omit to receive them all. */
  events: z.array(z.string().max(100)).min(1).max(64).optional(),
  description: descriptionInput.optional(),
  metadata: metadataInput.optional(),
});

export type CreateWebhookEndpointBody = z.infer<typeof createWebhookEndpointBody>;

/** GET /api/v1/webhook-endpoints query string (a merchant has a handful of endpoints: one page). */
export const listWebhookEndpointsQuery = z.strictObject({
  /** `metadata[key]=value`: endpoints whose metadata has every pair given. */
  metadata: metadataFilter.optional(),
});
