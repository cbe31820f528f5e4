import { authenticateApiKey, getPaymentRequest } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/payment-requests/{id} – a payment request and its outcome (secret key).
export async function handleGetPaymentRequest(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const paymentRequest = await getPaymentRequest(context, {
    merchantId: identity.merchantId,
    mode: identity.mode,
    id: params.id,
  });
  return Response.json(paymentRequest, { headers: { "Cache-Control": "no-store" } });
}
