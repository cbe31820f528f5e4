/**
 * A request's query string as an object for its zod schema: each parameter
 * once, and `metadata[key]=value` pairs gathered into `metadata: { key: value }`
 * (the way the API names nested parameters).
 */
export function readQuery(request: Request): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  const metadata: Record<string, string> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    const nested = /^metadata\[(.*)\]$/.exec(name);
    if (nested) metadata[nested[1]!] = value;
    else query[name] = value;
  }
  if (Object.keys(metadata).length > 0) query.metadata = metadata;
  return query;
}
