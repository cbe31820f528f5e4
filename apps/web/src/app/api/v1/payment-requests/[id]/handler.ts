import { authenticateApiKey, getPaymentRequest, listPaymentRequestMessages } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/payment-requests/{id} – a payment request, its outcome and its messages (secret key).
export async function handleGetPaymentRequest(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const paymentRequest = await getPaymentRequest(context, {
    merchantId: identity.merchantId,
    mode: identity.mode,
    id: params.id,
  });
  const messages = await listPaymentRequestMessages(context, identity, paymentRequest.id);
  return Response.json({ ...paymentRequest, messages }, { headers: { "Cache-Control": "no-store" } });
}
