import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Mode } from "../merchants/create-api-key";
import { liveEndpointWhere } from "./live-endpoint-where";

/**
 * Soft-deletes an endpoint (its deliveries and attempts stay in the log) and
 * gives up its pending deliveries: nobody is listening there any more.
 */
export async function deleteWebhookEndpoint(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string },
): Promise<{ id: string; object: "webhook_endpoint"; deleted: true }> {
  const { where, notFound } = liveEndpointWhere({ merchantId, mode, endpointId });
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.webhookEndpoints)
      .set({ deletedAt: clock.now() })
      .where(where)
      .returning({ id: schema.webhookEndpoints.id });
    if (!row) throw notFound;
    await tx
      .update(schema.webhookDeliveries)
      .set({ status: "failed", nextAttemptAt: null })
      .where(and(eq(schema.webhookDeliveries.endpointId, endpointId), eq(schema.webhookDeliveries.status, "pending")));
  });
  return { id: endpointId, object: "webhook_endpoint", deleted: true };
}
