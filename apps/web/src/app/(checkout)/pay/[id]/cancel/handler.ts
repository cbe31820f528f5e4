import { abandonPaymentRequest, isAppError } from "@jeton/core";
import { checkoutPath } from "@/checkout/checkout-url";
import { isLocale } from "@/i18n/messages";
import type { AppContext } from "@/server/context";
import { assertSameOrigin } from "@/server/http/assert-same-origin";
import { readFormBody } from "@/server/http/read-form-body";

// POST /pay/{id}/cancel – the shopper gives up; the page then sends them to the cancel URL with a signed result.
export async function handleCancelAttempt(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  assertSameOrigin(request, context.config.publicUrl);
  const form = await readFormBody(request, 2048);
  const lang = form.get("lang");
  const location = {
    surface: form.get("surface") === "embed" ? ("embed" as const) : ("redirect" as const),
    paymentRequestId: params.id,
    locale: isLocale(lang) ? lang : ("fr" as const),
    origin: form.get("origin"),
  };
  try {
    await abandonPaymentRequest(context, { paymentRequestId: params.id });
  } catch (error) {
    // Already paid, canceled or expired: the page shows what it is.
    if (!isAppError(error)) throw error;
  }
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(checkoutPath(location, { done: "1" }), context.config.publicUrl).toString() },
  });
}
