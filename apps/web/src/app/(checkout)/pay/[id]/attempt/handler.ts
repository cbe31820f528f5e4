import { guardCardAttempt, isAppError, submitPaymentAttempt } from "@jeton/core";
import { challengePath, checkoutPath, notificationPath, type CheckoutLocation } from "@/checkout/checkout-url";
import { isLocale } from "@/i18n/messages";
import type { AppContext } from "@/server/context";
import { assertSameOrigin } from "@/server/http/assert-same-origin";
import { clientIp } from "@/server/http/client-ip";
import { readFormBody } from "@/server/http/read-form-body";
import { deviceSessionOf } from "@/server/http/device-session";
import { seeOther } from "@/server/http/see-other";

const MAX_FORM_BYTES = 8 * 1024;
const WINDOW_SIZES = ["01", "02", "03", "04", "05"] as const;
const CARD_ERRORS = new Set(["invalid_number", "invalid_expiry_month", "invalid_expiry_year", "expired_card", "invalid_cvc"]);

// POST /pay/{id}/attempt – the card form of the hosted page (redirect and iframe), with or without JavaScript.
export async function handlePaymentAttempt(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  assertSameOrigin(request, context.config.publicUrl);
  const form = await readFormBody(request, MAX_FORM_BYTES);
  const lang = form.get("lang");
  const location: CheckoutLocation = {
    surface: form.get("surface") === "embed" ? "embed" : "redirect",
    paymentRequestId: params.id,
    locale: isLocale(lang) ? lang : "fr",
    origin: form.get("origin"),
  };
  const exp = (form.get("exp") ?? "").replace(/\s/g, "");
  const [expMonth = "", expYear = ""] = exp.includes("/") ? exp.split("/") : [exp.slice(0, 2), exp.slice(2)];
  const size = form.get("challengeWindowSize");
  const challengeWindowSize = WINDOW_SIZES.find((s) => s === size) ?? "05";
  const ip = clientIp(request, context.config);
  try {
    // Card-testing defence: every attempt counts (IP, card, payment request, merchant), valid or not, before
    // anything else; past the thresholds it needs the challenge the page solved, then it is refused.
    await guardCardAttempt(
      { ...context, cardTesting: context.config.cardTesting },
      { ip, cardNumber: form.get("number"), via: { paymentRequestId: params.id }, solution: form.get("challengeSolution") },
    );
    const result = await submitPaymentAttempt(context, {
      paymentRequestId: params.id,
      card: {
        number: form.get("number") ?? "",
        expMonth,
        expYear,
        cvc: form.get("cvc") ?? "",
        holder: form.get("holder") ?? undefined,
      },
      challengeWindowSize,
      // The shopper's own tick, shown only when the card is to be saved: consent to later merchant-initiated charges.
      storedCredentialConsent: form.get("storedCredentialConsent") === "yes",
      // Where the bank sends the shopper back: the surface's own route (only `/embed/…` may be framed).
      notificationPath: notificationPath(location),
      shopper: { ip: ip === "unknown" ? null : ip, deviceSession: deviceSessionOf(request, ip) },
    });
    if (result.kind === "challenge") {
      return seeOther(context, challengePath(location, result.transaction.id));
    }
    if (result.kind === "tokenized") return seeOther(context, checkoutPath(location, { done: "1" }));
    return seeOther(context, checkoutPath(location, { tx: result.transaction.id }));
  } catch (error) {
    if (isAppError(error)) {
      // Card errors go back to the form; the card itself is never put in a URL.
      if (CARD_ERRORS.has(error.code)) return seeOther(context, checkoutPath(location, { error: error.code }));
      if (["payment_request_not_open", "payment_request_attempts_exhausted"].includes(error.code)) {
        return seeOther(context, checkoutPath(location));
      }
      if (error.code === "resource_not_found") return seeOther(context, checkoutPath(location));
      // Live mode is off on this platform: the page says so; nothing was kept of the card.
      if (error.code === "live_mode_unavailable") return seeOther(context, checkoutPath(location, { error: error.code }));
      // Card-testing defence: the form comes back with a fresh challenge (which the page solves), or says to wait.
      if (error.code === "challenge_required" || error.code === "too_many_attempts") return seeOther(context, checkoutPath(location, { error: error.code }));
    }
    context.logger.error({ err: error, paymentRequestId: params.id }, "payment attempt failed");
    return seeOther(context, checkoutPath(location, { error: "unavailable" }));
  }
}
