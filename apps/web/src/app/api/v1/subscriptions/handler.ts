import { authenticateApiKey, createSubscription, listSubscriptions } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createSubscriptionBody, listSubscriptionsQuery } from "./schema";

const MAX_BODY_BYTES = 16 * 1024;

// POST /api/v1/subscriptions – bill a customer's saved card every interval; a first period due now is charged before answering (secret key).
export async function handleCreateSubscription(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createSubscriptionBody, raw);
    const subscription = await createSubscription(context, { scope: identity, input });
    return { status: 201, body: subscription };
  });
}

// GET /api/v1/subscriptions?customerId=&status=&merchantReference=&limit=&startingAfter= – newest first (secret key).
export async function handleListSubscriptions(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const input = parseBody(listSubscriptionsQuery, Object.fromEntries(new URL(request.url).searchParams));
  const page = await listSubscriptions(context, { scope: identity, input });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
