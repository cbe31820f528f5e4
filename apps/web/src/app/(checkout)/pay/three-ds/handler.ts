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
export async function handleThreeDsNotification(request: Request, context: AppContext): Promise<Response> {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale = isLocale(lang) ? lang : "fr";
  const surface: Surface = url.searchParams.get("surface") === "embed" ? "embed" : "redirect";
  const origin = url.searchParams.get("origin");
  const nonce = request.headers.get("x-nonce") ?? "";
  let target: string | null = null;
  let status = 200;
  try {
    const transaction = await completeNotifiedChallenge(request, context);
    if (transaction.paymentRequestId) {
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
