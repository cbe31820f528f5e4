import { authenticateApiKey, cancelPaymentRequest } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { respondIdempotently } from "@/server/http/respond-idempotently";

// POST /api/v1/payment-requests/{id}/cancel – stop an open request from being paid (secret key).
export async function handleCancelPaymentRequest(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return respondIdempotently(request, context, identity, { id: params.id }, async () => {
    const paymentRequest = await cancelPaymentRequest(context, {
      merchantId: identity.merchantId,
      mode: identity.mode,
      id: params.id,
    });
    return { status: 200, body: paymentRequest };
  });
}
