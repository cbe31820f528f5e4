import { authenticateApiKey, redeliverEvent, wholeList } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { respondIdempotently } from "@/server/http/respond-idempotently";

// POST /api/v1/events/{id}/redeliver – queue the event again for every matching endpoint, due now (secret key).
export async function handleRedeliverEvent(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return respondIdempotently(request, context, identity, { id: params.id }, async () => {
    const deliveries = await redeliverEvent(context, { merchantId: identity.merchantId, mode: identity.mode, eventId: params.id });
    context.logger.info({ merchantId: identity.merchantId, eventId: params.id, deliveries: deliveries.length }, "event redelivery requested");
    return { status: 200, body: wholeList(deliveries) };
  });
}
