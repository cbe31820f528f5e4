import { authenticateApiKey, cancelInstallmentPlan } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { respondIdempotently } from "@/server/http/respond-idempotently";

// POST /api/v1/installment-plans/{id}/cancel – the instalments not yet paid are skipped, nothing more is charged (secret key).
export async function handleCancelInstallmentPlan(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return respondIdempotently(request, context, identity, { id: params.id }, async () => ({
    status: 200,
    body: await cancelInstallmentPlan(context, { scope: identity, installmentPlanId: params.id }),
  }));
}
