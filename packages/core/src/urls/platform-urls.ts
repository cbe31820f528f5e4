/**
 * The platform's own addresses. They are given to core once, in its
 * dependencies (apps/web's AppContext builds them from JETON_PUBLIC_URL),
 * rather than threaded through every call that builds a link or starts a
 * 3-D Secure challenge.
 */
export interface PlatformUrls {
  /** The public base URL, without a trailing slash: payment request links (`/pay/{id}`, `/embed/{id}`) are built on it. */
  publicUrl: string;
  /** The simulated ACS's challenge page: the `acsURL` of a challenge ARes. */
  acsUrl: string;
  /** Where the ACS posts the final CRes of an API transaction's challenge (token.js), with the framing origin and locale. */
  transactionNotificationUrl(transactionId: string): string;
}

export function platformUrls(publicUrl: string): PlatformUrls {
  const base = publicUrl.replace(/\/$/, "");
  return {
    publicUrl: base,
    acsUrl: `${base}/acs/challenge`,
    transactionNotificationUrl: (transactionId) => `${base}/three-ds/${encodeURIComponent(transactionId)}/notify`,
  };
}

/** `url` with `query` appended (nothing when the query is empty). */
export function withQuery(url: string, query: string | Record<string, string> | undefined): string {
  const search = typeof query === "string" ? query : new URLSearchParams(query ?? {}).toString();
  return search ? `${url}?${search}` : url;
}
