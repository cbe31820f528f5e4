import { authenticateApiKey, cancelSubscription } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readOptionalJsonBody } from "@/server/http/read-optional-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { cancelSubscriptionBody } from "./schema";

// POST /api/v1/subscriptions/{id}/cancel – now, or at the end of the period paid (`atPeriodEnd`) (secret key).
export async function handleCancelSubscription(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readOptionalJsonBody(request, 1024);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(cancelSubscriptionBody, raw);
    const subscription = await cancelSubscription(context, { scope: identity, subscriptionId: params.id, atPeriodEnd: input.atPeriodEnd });
    return { status: 200, body: subscription };
  });
}
