import { AppError } from "@jeton/core";

/**
 * Back-office mutations come only from the back-office's own pages: the
 * browser's Sec-Fetch-Site must say `same-origin` (it cannot be set by page
 * scripts), or, from browsers without Fetch Metadata, the Origin must be the
 * platform's. A request with neither (a script outside any browser) is
 * refused too: it has no business posting with someone's session cookie.
 * (`Origin: null`, which `Referrer-Policy: no-referrer` makes Chromium send
 * even for same-origin posts, only passes alongside Sec-Fetch-Site.)
 */
export function assertBackofficeOrigin(request: Request, publicUrl: string): void {
  const refuse = () => new AppError("origin_not_allowed", "Back-office changes can only be made from the back-office itself.");
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    if (site !== "same-origin") throw refuse();
    return;
  }
  if (request.headers.get("origin") !== new URL(publicUrl).origin) throw refuse();
}
