import { authenticateApiKey, deleteRiskRule, getRiskRule, updateRiskRule } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { apiActor, MAX_RULE_BODY_BYTES } from "../handler";
import { updateRiskRuleBody } from "./schema";

// GET /api/v1/risk-rules/{id} – one rule with its position (secret key).
export async function handleGetRiskRule(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return Response.json(await getRiskRule(context, { merchantId: identity.merchantId, mode: identity.mode }, params.id), { headers: { "Cache-Control": "no-store" } });
}

// POST /api/v1/risk-rules/{id} – change a rule's name, conditions, action, score or enabled flag (secret key).
export async function handleUpdateRiskRule(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_RULE_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const changes = parseBody(updateRiskRuleBody, raw);
    const rule = await updateRiskRule(context, { merchantId: identity.merchantId, mode: identity.mode }, params.id, changes, apiActor(request, context, identity));
    return { status: 200, body: rule };
  });
}

// DELETE /api/v1/risk-rules/{id} – delete a rule (secret key).
export async function handleDeleteRiskRule(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const deleted = await deleteRiskRule(context, { merchantId: identity.merchantId, mode: identity.mode }, params.id, apiActor(request, context, identity));
  return Response.json(deleted, { headers: { "Cache-Control": "no-store" } });
}
