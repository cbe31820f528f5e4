import { type Database, schema } from "@jeton/db";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Mode } from "../merchants/create-api-key";

/** The merchant's live endpoints in this mode that take this event type (no list of types means every type). */
export function findSubscribedEndpoints(db: Pick<Database, "select">, { merchantId, mode, type }: { merchantId: string; mode: Mode; type: string }) {
  return db
    .select({ id: schema.webhookEndpoints.id })
    .from(schema.webhookEndpoints)
    .where(
      and(
        eq(schema.webhookEndpoints.merchantId, merchantId),
        eq(schema.webhookEndpoints.mode, mode),
        isNull(schema.webhookEndpoints.deletedAt),
        or(isNull(schema.webhookEndpoints.eventTypes), sql`${type} = ANY(${schema.webhookEndpoints.eventTypes})`),
      ),
    );
}
