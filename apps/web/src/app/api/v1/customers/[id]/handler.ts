import { authenticateApiKey, deleteCustomer, getCustomer } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/customers/{id} – a customer with its saved cards (secret key).
export async function handleGetCustomer(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const customer = await getCustomer(context, { merchantId: identity.merchantId, mode: identity.mode, customerId: params.id });
  return Response.json(customer, { headers: { "Cache-Control": "no-store" } });
}

// DELETE /api/v1/customers/{id} – delete a customer and all its saved cards (secret key).
export async function handleDeleteCustomer(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const customer = await deleteCustomer(context, { merchantId: identity.merchantId, mode: identity.mode, customerId: params.id });
  return Response.json(customer, { headers: { "Cache-Control": "no-store" } });
}
