import { type Database, schema } from "@jeton/db";
import type { Mode } from "../merchants/create-api-key";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";
import { liveEndpointWhere } from "./live-endpoint-where";

/** A merchant's own endpoint; another merchant's, another mode's or a deleted one is not found. */
export async function getWebhookEndpoint(
  { db }: { db: Database },
  { merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string },
): Promise<WebhookEndpointView> {
  const { where, notFound } = liveEndpointWhere({ merchantId, mode, endpointId });
  const [row] = await db
    .select()
    .from(schema.webhookEndpoints)
    .where(where);
  if (!row) throw notFound;
  return toWebhookEndpointView(row);
}
