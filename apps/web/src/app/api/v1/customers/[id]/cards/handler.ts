import { addCustomerCard, authenticateApiKey, listCustomerCards } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { addCustomerCardBody } from "./schema";

const MAX_BODY_BYTES = 4 * 1024;

// POST /api/v1/customers/{id}/cards – save the card of a cardTokenId for the customer (secret key).
export async function handleAddCustomerCard(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const { cardTokenId, consent } = parseBody(addCustomerCardBody, raw);
    const card = await addCustomerCard(context, { merchantId: identity.merchantId, mode: identity.mode, customerId: params.id, cardTokenId, consent });
    return { status: 201, body: card };
  });
}

// GET /api/v1/customers/{id}/cards – the customer's saved cards, newest first; deleted cards are not listed (secret key).
export async function handleListCustomerCards(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const list = await listCustomerCards(context, { merchantId: identity.merchantId, mode: identity.mode, customerId: params.id });
  return Response.json(list, { headers: { "Cache-Control": "no-store" } });
}
