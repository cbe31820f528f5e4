import { AppError } from "@jeton/core";

/**
 * The hosted page's own forms post from the platform's origin; a form on any
 * other site posting here (cross-site request forgery) is refused.
 */
export function assertSameOrigin(request: Request, publicUrl: string): void {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== new URL(publicUrl).origin) {
    throw new AppError("origin_not_allowed", "This form can only be posted from the payment page.");
  }
}
