import { z } from "zod";

/**
 * The one list shape of the API: `{ object: "list", data, hasMore, nextCursor }`.
 * `nextCursor` is the id to pass as `startingAfter` for the next page (null on
 * the last one). `name` is its component name in the OpenAPI document.
 */
export function listView<Item extends z.ZodType>(item: Item, name: string) {
  return z
    .object({
      object: z.literal("list"),
      data: z.array(item),
      hasMore: z.boolean(),
      nextCursor: z.string().nullable().describe("Pass it as `startingAfter` for the next page; null on the last page."),
    })
    .meta({ id: name });
}

export interface Page<View> {
  object: "list";
  data: View[];
  hasMore: boolean;
  nextCursor: string | null;
}
