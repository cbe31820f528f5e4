import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { toEventView, type EventView } from "./event-view";

/** A merchant's own event; another merchant's or another mode's id is not found. */
export async function getEvent(
  { db }: { db: Database },
  { merchantId, mode, eventId }: { merchantId: string; mode: Mode; eventId: string },
): Promise<EventView> {
  const notFound = new AppError("resource_not_found", `No such event: ${eventId.slice(0, 100)}`, { param: "id" });
  if (!isId("evt", eventId)) throw notFound;
  const [row] = await db
    .select()
    .from(schema.events)
    .where(and(eq(schema.events.id, eventId), eq(schema.events.merchantId, merchantId), eq(schema.events.mode, mode)));
  if (!row) throw notFound;
  return toEventView(row);
}
