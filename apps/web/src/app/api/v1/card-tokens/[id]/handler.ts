import { authenticateApiKey, getCardToken } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/card-tokens/{id} – a token's public view and status (secret key; never the PAN).
export async function handleGetCardToken(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const token = await getCardToken(context, { merchantId: identity.merchantId, mode: identity.mode, cardTokenId: params.id });
  return Response.json(token, { headers: { "Cache-Control": "no-store" } });
}
