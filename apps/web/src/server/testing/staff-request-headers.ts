import type { AppContext } from "../context";

/**
 * Tests only: the headers a browser sends with a back-office post (same-origin,
 * the session cookie). Override any header (or drop one with `null`) to forge a request.
 */
export function staffRequestHeaders(
  context: Pick<AppContext, "config">,
  staff: { cookie: string } | null,
  headers: Record<string, string | null> = {},
): Headers {
  const all: Record<string, string | null> = {
    "sec-fetch-site": "same-origin",
    origin: new URL(context.config.publicUrl).origin,
    "user-agent": "vitest",
    cookie: staff?.cookie ?? null,
    ...headers,
  };
  const sent = new Headers();
  for (const [name, value] of Object.entries(all)) if (value !== null) sent.set(name, value);
  return sent;
}
