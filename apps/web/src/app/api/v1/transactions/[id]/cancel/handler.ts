import { authenticateApiKey, cancelTransaction, toTransactionView } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { respondIdempotently } from "@/server/http/respond-idempotently";

// POST /api/v1/transactions/{id}/cancel – void an authorization or a capture not yet settled (secret key).
export async function handleCancelTransaction(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return respondIdempotently(request, context, identity, { id: params.id }, async () => {
    const transaction = await cancelTransaction(context, { merchantId: identity.merchantId, mode: identity.mode, transactionId: params.id });
    return { status: 200, body: toTransactionView(transaction) };
  });
}
