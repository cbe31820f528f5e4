import type { Database } from "@jeton/db";
import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { AppError } from "./errors";
import { isId, type IdPrefix } from "./ids/create-id";

/** Test and live data never meet: every merchant-owned row belongs to one mode. */
export type Mode = "test" | "live";

/** The tenant: whose rows, and in which mode. Every merchant-owned read is filtered by it. */
export interface MerchantScope {
  merchantId: string;
  mode: Mode;
}

/** A merchant-owned table: one tenant per row. */
export type ScopedTable = PgTable & { merchantId: PgColumn; mode: PgColumn };
type ScopedTableWithId = ScopedTable & { id: PgColumn };

/**
 * The one tenant filter: the scope's rows of `table`, and the extra
 * conditions. Queries of merchant-owned tables build their WHERE from it,
 * so another merchant's row and the other mode's row stay out alike.
 */
export function scopedWhere(table: ScopedTable, scope: MerchantScope, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.merchantId, scope.merchantId), eq(table.mode, scope.mode), ...conditions)!;
}

/**
 * For the few merchant-owned tables that span both modes on purpose (the
 * card blacklist: a card is a card; the audit log of the back-office): the
 * merchant's rows, and the extra conditions.
 */
export function merchantWhere(table: PgTable & { merchantId: PgColumn }, merchantId: string, ...conditions: (SQL | undefined)[]): SQL {
  return and(eq(table.merchantId, merchantId), ...conditions)!;
}

/** The row `id` of `table` if the scope owns it: `scopedWhere` with the id. */
export function ownedWhere(table: ScopedTableWithId, scope: MerchantScope, id: string, ...conditions: (SQL | undefined)[]): SQL {
  return scopedWhere(table, scope, eq(table.id, id), ...conditions);
}

/** The answer to an id that is unknown, or not the caller's: the same, so the answer tells nothing. */
export function notFoundError(what: string, id: string, param: string | null = "id"): AppError {
  return new AppError("resource_not_found", `No such ${what}: ${id.slice(0, 100)}`, param ? { param } : {});
}

export interface FindScopedOptions {
  /** Names the object in the error message ("transaction" → "No such transaction: …"). */
  what: string;
  /** The request field that carried the id; `null` for none. Defaults to `id`. */
  param?: string | null;
  /** The id's prefix: a malformed id is not found without a query. */
  prefix?: IdPrefix;
  /** Extra conditions (e.g. not deleted). */
  where?: SQL | undefined;
  /** Locks the row for the rest of the database transaction. */
  lock?: "update" | "share";
}

/**
 * The row `id` of `table` owned by `scope`, or `resource_not_found`: the one
 * scoped lookup for merchant-owned objects.
 */
export async function findScoped<T extends ScopedTableWithId>(
  db: Pick<Database, "select">,
  table: T,
  scope: MerchantScope,
  id: string,
  options: FindScopedOptions,
): Promise<T["$inferSelect"]> {
  const notFound = notFoundError(options.what, id, options.param === undefined ? "id" : options.param);
  if (options.prefix && !isId(options.prefix, id)) throw notFound;
  const query = db
    .select()
    .from(table as ScopedTableWithId)
    .where(ownedWhere(table, scope, id, options.where));
  const [row] = options.lock ? await query.for(options.lock) : await query;
  if (!row) throw notFound;
  return row as T["$inferSelect"];
}
