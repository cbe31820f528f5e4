import { type Database, schema } from "@jeton/db";
import { findScoped, type Mode } from "../scope";
import { toEventView, type EventView } from "./event-view";

/** A merchant's own event; another merchant's or another mode's id is not found. */
export async function getEvent(
  { db }: { db: Database },
  { merchantId, mode, eventId }: { merchantId: string; mode: Mode; eventId: string },
): Promise<EventView> {
  const row = await findScoped(db, schema.events, { merchantId, mode }, eventId, { what: "event", prefix: "evt" });
  return toEventView(row);
}
