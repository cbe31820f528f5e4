import { authenticateApiKey, resumeSubscription } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { respondIdempotently } from "@/server/http/respond-idempotently";

// POST /api/v1/subscriptions/{id}/resume – billing resumes at the next date (secret key).
export async function handleResumeSubscription(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return respondIdempotently(request, context, identity, { id: params.id }, async () => ({ status: 200, body: await resumeSubscription(context, { scope: identity, subscriptionId: params.id }) }));
}
