import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/** `metadata[key]=value` filters of a list: rows whose metadata holds every pair given (jsonb containment). */
export function metadataContains(column: AnyColumn, metadata: Record<string, string> | undefined): SQL | undefined {
  if (!metadata || Object.keys(metadata).length === 0) return undefined;
  return sql`${column} @> ${JSON.stringify(metadata)}::jsonb`;
}
