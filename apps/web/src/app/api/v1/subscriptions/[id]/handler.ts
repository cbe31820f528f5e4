import { authenticateApiKey, getSubscription, updateSubscription } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { updateSubscriptionBody } from "./schema";

const MAX_BODY_BYTES = 16 * 1024;

// GET /api/v1/subscriptions/{id} – the subscription and its next charge (secret key).
export async function handleGetSubscription(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const subscription = await getSubscription(context, { scope: identity, subscriptionId: params.id });
  return Response.json(subscription, { headers: { "Cache-Control": "no-store" } });
}

// POST /api/v1/subscriptions/{id} – change the amount, card, description or metadata from the next charge (secret key).
export async function handleUpdateSubscription(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(updateSubscriptionBody, raw);
    const subscription = await updateSubscription(context, { scope: identity, subscriptionId: params.id, input });
    return { status: 200, body: subscription };
  });
}
