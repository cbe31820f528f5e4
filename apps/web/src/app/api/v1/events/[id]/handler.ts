import { authenticateApiKey, getEvent } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/events/{id} – one event (secret key).
export async function handleGetEvent(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const event = await getEvent(context, { merchantId: identity.merchantId, mode: identity.mode, eventId: params.id });
  return Response.json(event, { headers: { "Cache-Control": "no-store" } });
}
