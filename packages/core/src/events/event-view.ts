import type { schema } from "@jeton/db";

type Row = typeof schema.events.$inferSelect;

/** An event as the API and webhooks show it. */
export interface EventView {
  id: string;
  object: "event";
  type: string;
  mode: Row["mode"];
  objectId: string;
  createdAt: string;
  data: Record<string, unknown>;
}

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
