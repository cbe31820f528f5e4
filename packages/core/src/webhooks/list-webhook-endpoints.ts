import { type Database, schema } from "@jeton/db";
import { desc, isNull } from "drizzle-orm";
import { wholeList } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { scopedWhere, type Mode } from "../scope";
import { metadataContains } from "../views/metadata-filter";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

/**
 * The merchant's live endpoints in one mode, newest first (a merchant has a
 * handful, so no pagination), those whose metadata holds every pair of
 * `metadata` when given.
 */
export async function listWebhookEndpoints(
  { db }: { db: Database },
  { merchantId, mode, metadata }: { merchantId: string; mode: Mode; metadata?: Record<string, string> | undefined },
): Promise<Page<WebhookEndpointView>> {
  const { webhookEndpoints } = schema;
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(scopedWhere(webhookEndpoints, { merchantId, mode }, isNull(webhookEndpoints.deletedAt), metadataContains(webhookEndpoints.metadata, metadata)))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  return wholeList(rows.map(toWebhookEndpointView));
}
