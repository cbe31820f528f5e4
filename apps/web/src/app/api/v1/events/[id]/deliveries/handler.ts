import { authenticateApiKey, listWebhookDeliveries } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/events/{id}/deliveries – where an event was sent, and every attempt with its answer (secret key).
export async function handleListEventDeliveries(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const deliveries = await listWebhookDeliveries(context, { merchantId: identity.merchantId, mode: identity.mode, eventId: params.id });
  return Response.json(deliveries, { headers: { "Cache-Control": "no-store" } });
}
