import { authenticateApiKey, pauseSubscription } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { respondIdempotently } from "@/server/http/respond-idempotently";

// POST /api/v1/subscriptions/{id}/pause – periods falling due while paused are not charged (secret key).
export async function handlePauseSubscription(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return respondIdempotently(request, context, identity, { id: params.id }, async () => ({ status: 200, body: await pauseSubscription(context, { scope: identity, subscriptionId: params.id }) }));
}
