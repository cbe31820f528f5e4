import { type Database, schema } from "@jeton/db";
import { desc, isNull } from "drizzle-orm";
import { wholeList } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { scopedWhere, type Mode } from "../scope";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

/** The merchant's live endpoints in one mode, newest first (a merchant has a handful, so no pagination). */
export async function listWebhookEndpoints(
  { db }: { db: Database },
  { merchantId, mode }: { merchantId: string; mode: Mode },
): Promise<Page<WebhookEndpointView>> {
  const rows = await db
    .select()
    .from(schema.webhookEndpoints)
    .where(scopedWhere(schema.webhookEndpoints, { merchantId, mode }, isNull(schema.webhookEndpoints.deletedAt)))
    .orderBy(desc(schema.webhookEndpoints.createdAt), desc(schema.webhookEndpoints.id));
  return wholeList(rows.map(toWebhookEndpointView));
}
