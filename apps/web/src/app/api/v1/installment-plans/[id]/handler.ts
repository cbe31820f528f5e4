import { authenticateApiKey, getInstallmentPlan } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/installment-plans/{id} – a plan with every instalment: dates, amounts, attempts, outcomes (secret key).
export async function handleGetInstallmentPlan(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const plan = await getInstallmentPlan(context, { scope: identity, installmentPlanId: params.id });
  return Response.json(plan, { headers: { "Cache-Control": "no-store" } });
}
