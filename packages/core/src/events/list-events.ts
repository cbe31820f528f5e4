import { type Database, schema } from "@jeton/db";
import { and, desc, eq, type SQL } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { scopedWhere, type Mode } from "../scope";
import { toEventView, type EventView } from "./event-view";

export interface ListEventsInput {
  merchantId: string;
  mode: Mode;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** An event id from a previous page: the page continues with older events. */
  startingAfter?: string | undefined;
  type?: string | undefined;
  objectId?: string | undefined;
}

/**
 * The merchant's events, newest first, with cursor pagination: a cursor is an
 * event id, so pages stay stable while new events arrive at the top.
 */
export async function listEvents(
  { db }: { db: Database },
  input: ListEventsInput,
): Promise<Page<EventView>> {
  const limit = pageLimit(input.limit);
  const { events } = schema;
  const own = scopedWhere(events, input);
  const filters: (SQL | undefined)[] = [own];
  if (input.type !== undefined) filters.push(eq(events.type, input.type));
  if (input.objectId !== undefined) filters.push(eq(events.objectId, input.objectId));
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", `No such event: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("evt", input.startingAfter)) throw unknownCursor;
    const [cursor] = await db
      .select({ id: events.id, createdAt: events.createdAt })
      .from(events)
      .where(and(own, eq(events.id, input.startingAfter)));
    if (!cursor) throw unknownCursor;
    filters.push(seekAfter(events, cursor, "newest_first"));
  }
  const rows = await db
    .select()
    .from(events)
    .where(and(...filters))
    .orderBy(desc(events.createdAt), desc(events.id))
    .limit(limit + 1);
  return toPage(rows, limit, toEventView);
}
