import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import type { Mode } from "../merchants/create-api-key";
import { TEST_EVENT_TYPE } from "./find-subscribed-endpoints";
import { liveEndpointWhere } from "./live-endpoint-where";

/**
 * Records a `webhook.test` event for one endpoint, so that the merchant can
 * check their receiver (URL reachable, signature verified) without making a
 * payment. It goes through the outbox like any event: the worker delivers,
 * retries and logs it, and it reaches that endpoint only.
 */
export async function sendTestWebhook(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, endpointId }: { merchantId: string; mode: Mode; endpointId: string },
): Promise<{ eventId: string }> {
  const { where, notFound } = liveEndpointWhere({ merchantId, mode, endpointId });
  return db.transaction(async (tx) => {
    const [endpoint] = await tx.select({ id: schema.webhookEndpoints.id, url: schema.webhookEndpoints.url }).from(schema.webhookEndpoints).where(where).for("update");
    if (!endpoint) throw notFound;
    return recordEvent(tx, clock, {
      merchantId,
      mode,
      type: TEST_EVENT_TYPE,
      objectId: endpoint.id,
      data: { object: "webhook_test", endpointId: endpoint.id, url: endpoint.url, message: "A test event sent from the Jeton back-office." },
    });
  });
}
