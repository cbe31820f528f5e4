import { authenticateApiKey, listSubscriptionCharges } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/subscriptions/{id}/charges – every period billed or queued: dates, amounts, attempts, outcomes (secret key).
export async function handleListSubscriptionCharges(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const page = await listSubscriptionCharges(context, { scope: identity, subscriptionId: params.id });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
