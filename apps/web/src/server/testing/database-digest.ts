import type { DatabaseHandle } from "@jeton/db";

/**
 * A digest of every table a request could write to (rate-limit counters, card
 * attempt counters, which count refused attempts on purpose, and stored
 * idempotent answers aside): equal digests before and after a refused
 * request prove that it changed nothing.
 */
export async function databaseDigest(handle: DatabaseHandle): Promise<Record<string, string>> {
  const tables = await handle.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' " +
      "and table_name not in ('rate_limit_counters', 'card_attempt_counters', 'idempotency_keys') and table_name not like '%drizzle%' order by 1",
  );
  const select = tables.map(({ name }) => `(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${name}" t) as "${name}"`);
  const [row] = await handle.query<Record<string, string>>(`select ${select.join(", ")}`);
  return row!;
}
