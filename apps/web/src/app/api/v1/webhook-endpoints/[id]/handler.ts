import { authenticateApiKey, deleteWebhookEndpoint, getWebhookEndpoint } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/webhook-endpoints/{id} – one endpoint, without its secret (secret key).
export async function handleGetWebhookEndpoint(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const endpoint = await getWebhookEndpoint(context, { merchantId: identity.merchantId, mode: identity.mode, endpointId: params.id });
  return Response.json(endpoint, { headers: { "Cache-Control": "no-store" } });
}

// DELETE /api/v1/webhook-endpoints/{id} – stop sending events there; pending deliveries are dropped (secret key).
export async function handleDeleteWebhookEndpoint(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const deleted = await deleteWebhookEndpoint(context, { merchantId: identity.merchantId, mode: identity.mode, endpointId: params.id });
  context.logger.info({ merchantId: identity.merchantId, endpointId: deleted.id }, "webhook endpoint deleted");
  return Response.json(deleted, { headers: { "Cache-Control": "no-store" } });
}
