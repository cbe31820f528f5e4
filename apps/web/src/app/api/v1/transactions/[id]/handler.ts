import { authenticateApiKey, getTransaction } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/transactions/{id} – a transaction with its refunds, 3DS outcome, response codes and timeline (secret key).
export async function handleGetTransaction(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const transaction = await getTransaction(context, { merchantId: identity.merchantId, mode: identity.mode, transactionId: params.id });
  return Response.json(transaction, { headers: { "Cache-Control": "no-store" } });
}
