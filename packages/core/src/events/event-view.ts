import type { schema } from "@jeton/db";
import { z } from "zod";
import { modeView, timestamp } from "../views/view-atoms";

type Row = typeof schema.events.$inferSelect;

/** An event as the API and webhooks show it. `data.object` is the object the event is about, as its own view. */
export const eventView = z
  .object({
    id: z.string(),
    object: z.literal("event"),
    type: z.string(),
    mode: modeView,
    objectId: z.string(),
    createdAt: timestamp,
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "Event" });
export type EventView = z.infer<typeof eventView>;

export function toEventView(row: Row): EventView {
  return {
    id: row.id,
    object: "event",
    type: row.type,
    mode: row.mode,
    objectId: row.objectId,
    createdAt: row.createdAt.toISOString(),
    data: row.data,
  };
}
