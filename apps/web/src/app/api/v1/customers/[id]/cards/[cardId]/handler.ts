import { authenticateApiKey, deleteCustomerCard } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// DELETE /api/v1/customers/{id}/cards/{cardId} – delete a saved card for good; it can never be charged again (secret key).
export async function handleDeleteCustomerCard(request: Request, context: AppContext, params: { id: string; cardId: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const card = await deleteCustomerCard(context, { merchantId: identity.merchantId, mode: identity.mode, customerId: params.id, cardId: params.cardId });
  return Response.json(card, { headers: { "Cache-Control": "no-store" } });
}
