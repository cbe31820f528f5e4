import { AppError } from "@jeton/core";

/**
 * The hosted page's own forms post from the platform's origin; a form on any
 * other site posting here (cross-site request forgery) is refused.
 *
 * Sec-Fetch-Site decides when the browser sends it: payment pages set
 * `Referrer-Policy: no-referrer`, under which Chromium sends `Origin: null`
 * even for same-origin form posts. Browsers without Fetch Metadata fall back
 * to the Origin header, where `null` cannot be told apart and is let through.
 */
export function assertSameOrigin(request: Request, publicUrl: string): void {
  const refuse = () => new AppError("origin_not_allowed", "This form can only be posted from the payment page.");
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    if (site !== "same-origin") throw refuse();
    return;
  }
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== "null" && origin !== new URL(publicUrl).origin) throw refuse();
}
