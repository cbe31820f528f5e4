import { type Database, schema } from "@jeton/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";

/**
 * Soft-deletes an endpoint (its deliveries and attempts stay in the log) and
 * gives up its pending deliveries: nobody is listening there any more.
 */
export async function deleteWebhookEndpoint(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string },
): Promise<{ id: string; object: "webhook_endpoint"; deleted: true }> {
  const notFound = new AppError("resource_not_found", `No such webhook endpoint: ${endpointId.slice(0, 100)}`, { param: "id" });
  if (!isId("we", endpointId)) throw notFound;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.webhookEndpoints)
      .set({ deletedAt: clock.now() })
      .where(
        and(
          eq(schema.webhookEndpoints.id, endpointId),
          eq(schema.webhookEndpoints.merchantId, merchantId),
          eq(schema.webhookEndpoints.mode, mode),
          isNull(schema.webhookEndpoints.deletedAt),
        ),
      )
      .returning({ id: schema.webhookEndpoints.id });
    if (!row) throw notFound;
    await tx
      .update(schema.webhookDeliveries)
      .set({ status: "failed", nextAttemptAt: null })
      .where(and(eq(schema.webhookDeliveries.endpointId, endpointId), eq(schema.webhookDeliveries.status, "pending")));
  });
  return { id: endpointId, object: "webhook_endpoint", deleted: true };
}
