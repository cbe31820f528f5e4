import { type Database, schema } from "@jeton/db";
import { and, desc, isNull, sql, type SQL } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import { ownedWhere, scopedWhere, type Mode } from "../scope";
import { toCustomerView, type CustomerView } from "./customer-view";
import { metadataContains } from "../views/metadata-filter";
import { pageLimit, seekAfter, toPage } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";

export interface ListCustomersInput {
  merchantId: string;
  mode: Mode;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A customer id from a previous page: the page continues with older customers. */
  startingAfter?: string | undefined;
  /** Exact match, case-insensitive. */
  email?: string | undefined;
  /** Customers whose metadata holds every pair. */
  metadata?: Record<string, string> | undefined;
}

/**
 * The merchant's customers (deleted ones left out), newest first, by
 * (createdAt, id) so customers created in the same instant still page
 * without gaps or repeats.
 */
export async function listCustomers(
  { db }: { db: Database },
  input: ListCustomersInput,
): Promise<Page<CustomerView>> {
  const limit = pageLimit(input.limit);
  const { customers } = schema;
  const own = scopedWhere(customers, input, isNull(customers.deletedAt));
  const filters: (SQL | undefined)[] = [own];
  if (input.email !== undefined) filters.push(sql`lower(${customers.email}) = ${input.email.toLowerCase()}`);
  filters.push(metadataContains(customers.metadata, input.metadata));
  if (input.startingAfter !== undefined) {
    const unknownCursor = new AppError("resource_not_found", `No such customer: ${input.startingAfter.slice(0, 100)}`, { param: "startingAfter" });
    if (!isId("cus", input.startingAfter)) throw unknownCursor;
    const [cursor] = await db
      .select({ id: customers.id, createdAt: customers.createdAt })
      .from(customers)
      .where(ownedWhere(customers, input, input.startingAfter));
    if (!cursor) throw unknownCursor;
    filters.push(seekAfter(customers, cursor, "newest_first"));
  }
  const rows = await db
    .select()
    .from(customers)
    .where(and(...filters))
    .orderBy(desc(customers.createdAt), desc(customers.id))
    .limit(limit + 1);
  return toPage(rows, limit, toCustomerView);
}
