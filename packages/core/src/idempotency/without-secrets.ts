/**
 * An answer as it may be stored for replays: without `clientSecret` fields
 * and without any `whsec_` value (a webhook endpoint's signing secret). The
 * route that made the answer adds them back to a replay from where they are
 * kept safely (a client secret is derived again from its transaction; a
 * webhook secret is opened from the vault).
 */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== "object") return value;
  const kept: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    if (name === "clientSecret" || (typeof field === "string" && field.startsWith("whsec_"))) continue;
    kept[name] = withoutSecrets(field);
  }
  return kept;
}
