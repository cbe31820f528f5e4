import { isAppError } from "@jeton/core";
import { checkoutPath, type Surface } from "@/checkout/checkout-url";
import { isLocale, messages } from "@/i18n/messages";
import { completeNotifiedChallenge } from "@/server/complete-notified-challenge";
import type { AppContext } from "@/server/context";

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// POST /pay/three-ds – the 3DS notification URL: the ACS posts `cres` here from
// inside the challenge iframe. The outcome is read from the 3DS server's own
// record (completeCardPaymentChallenge), so a forged cres changes nothing; this
// page then takes the whole checkout (the iframe's parent) to the result.
export function handleThreeDsNotification(request: Request, context: AppContext): Promise<Response> {
  return notify(request, context, { surface: "redirect" });
}

// POST /embed/{id}/three-ds – the same for the iframe Smart Form: a route of its own, so that the
// proxy lets the merchant's registered origins frame it (a query parameter never decides framing).
export function handleEmbedThreeDsNotification(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  return notify(request, context, { surface: "embed", paymentRequestId: params.id });
}

async function notify(request: Request, context: AppContext, route: { surface: Surface; paymentRequestId?: string }): Promise<Response> {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale = isLocale(lang) ? lang : "fr";
  const { surface } = route;
  const origin = surface === "embed" ? url.searchParams.get("origin") : null;
  const nonce = request.headers.get("x-nonce") ?? "";
  let target: string | null = null;
  let status = 200;
  try {
    const transaction = await completeNotifiedChallenge(request, context);
    if (transaction.paymentRequestId && (route.paymentRequestId === undefined || route.paymentRequestId === transaction.paymentRequestId)) {
      target = checkoutPath({ surface, paymentRequestId: transaction.paymentRequestId, locale, origin }, { tx: transaction.id });
    }
  } catch (error) {
    if (!isAppError(error)) throw error;
    status = error.status;
  }
  const t = messages[locale];
  const body = target
    ? `<form id="back" method="get" action="${escape(target.split("?")[0] ?? "")}" target="_parent">${[...new URLSearchParams(target.split("?")[1] ?? "")]
        .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
        .join("")}<button type="submit">${escape(t.continue)}</button></form><script nonce="${escape(nonce)}">document.getElementById("back").submit()</script>`
    : `<p role="alert">${escape(t.notFoundTitle)}</p>`;
  return new Response(
    `<!doctype html><html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}"><head><meta charset="utf-8"><title>${escape(t.challengeTitle)}</title></head><body><main>${body}</main></body></html>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
  );
}
