import { authenticateApiKey, createCardUpdateLink } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createCardUpdateLinkBody } from "./schema";

// POST /api/v1/subscriptions/{id}/card-update-link – a hosted page where the shopper pays the amount due with a
// new card (3-D Secure); the card then replaces the subscription's (secret key).
export async function handleCreateCardUpdateLink(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, 4 * 1024);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createCardUpdateLinkBody, raw);
    const link = await createCardUpdateLink(context, { scope: identity, subscriptionId: params.id, returnUrl: input.returnUrl });
    return { status: 201, body: link };
  });
}
