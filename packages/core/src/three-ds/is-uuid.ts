/** EMV 3DS transaction ids are UUIDs; anything else is refused before it reaches a uuid column (where PostgreSQL would raise). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
