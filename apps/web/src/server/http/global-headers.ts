/**
 * Headers every response carries. next.config.ts applies them to what Next
 * serves; the project's own server (src/serve) applies them to the routes it
 * serves directly, so both paths answer alike.
 */
export const globalHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/**
 * Pages that set their own framing headers: the payment pages, the bank's page, the back-office
 * (src/server/checkout/checkout-proxy.ts and the back-office proxy) and the Fields pages, framed by
 * the key's registered origins. Nothing else is ever framed (the site, the API, logos, token.js).
 */
const selfFramed = /^\/(?:embed\/|three-ds\/|acs\/|pay\/|login|dashboard|v1\/fields\/)/;

/** next.config.ts's `source` for the paths that get {@link noFramingHeaders}. */
export const unframedPathSource = "/:path((?!embed/|three-ds/|acs/|pay/|login|dashboard|v1/fields/).*)";

export const noFramingHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
];

/** The headers of every response to `pathname`, as next.config.ts gives them to what Next serves. */
export function headersForPath(pathname: string): ReadonlyArray<{ key: string; value: string }> {
  return selfFramed.test(pathname) ? globalHeaders : [...globalHeaders, ...noFramingHeaders];
}
