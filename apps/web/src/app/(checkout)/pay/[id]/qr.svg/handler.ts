import { isId } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { qrCodeSvg } from "@/server/qr-code-svg";

// GET /pay/{id}/qr.svg – the payment page's address as a QR code (a payment request's qrCodeUrl).
// It encodes only the public page URL built from the id asked for, so no lookup is made: an unknown
// id gets a code of a page that answers "not found", and nothing about the request is revealed.
export async function handlePaymentPageQrCode(_request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  if (!isId("pr", params.id)) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const url = `${context.urls.publicUrl}/pay/${params.id}`;
  return new Response(qrCodeSvg(url, `QR code: ${url}`), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=86400", "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'", "X-Content-Type-Options": "nosniff" },
  });
}
