import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

/** A merchant's own endpoint; another merchant's, another mode's or a deleted one is not found. */
export async function getWebhookEndpoint(
  { db }: { db: Database },
  { merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string },
): Promise<WebhookEndpointView> {
  const notFound = new AppError("resource_not_found", `No such webhook endpoint: ${endpointId.slice(0, 100)}`, { param: "id" });
  if (!isId("we", endpointId)) throw notFound;
  const [row] = await db
    .select()
    .from(schema.webhookEndpoints)
    .where(
      and(
        eq(schema.webhookEndpoints.id, endpointId),
        eq(schema.webhookEndpoints.merchantId, merchantId),
        eq(schema.webhookEndpoints.mode, mode),
        isNull(schema.webhookEndpoints.deletedAt),
      ),
    );
  if (!row) throw notFound;
  return toWebhookEndpointView(row);
}
