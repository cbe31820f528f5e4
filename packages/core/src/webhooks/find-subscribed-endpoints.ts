import { type Database, schema } from "@jeton/db";
import { eq, isNull, or, sql } from "drizzle-orm";
import { scopedWhere, type Mode } from "../scope";

/** Sent from the back-office to one endpoint; its objectId is that endpoint. */
export const TEST_EVENT_TYPE = "webhook.test";

/**
 * The merchant's live endpoints in this mode that take this event: those
 * whose list of types has it (no list means every type). A test event goes
 * to the one endpoint it was sent to, whatever that endpoint subscribes to,
 * and to no other; redelivering it keeps it that way.
 */
export function findSubscribedEndpoints(
  db: Pick<Database, "select">,
  { merchantId, mode, type, objectId }: { merchantId: string; mode: Mode; type: string; objectId: string },
) {
  return db
    .select({ id: schema.webhookEndpoints.id })
    .from(schema.webhookEndpoints)
    .where(
      scopedWhere(
        schema.webhookEndpoints,
        { merchantId, mode },
        isNull(schema.webhookEndpoints.deletedAt),
        type === TEST_EVENT_TYPE
          ? eq(schema.webhookEndpoints.id, objectId)
          : or(isNull(schema.webhookEndpoints.eventTypes), sql`${type} = ANY(${schema.webhookEndpoints.eventTypes})`),
      ),
    );
}
