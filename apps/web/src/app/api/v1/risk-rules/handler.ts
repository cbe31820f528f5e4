import { authenticateApiKey, createRiskRule, listRiskRules, type ApiKeyIdentity, type RiskRuleActor } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { clientIp } from "@/server/http/client-ip";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createRiskRuleBody } from "./schema";

export const MAX_RULE_BODY_BYTES = 16 * 1024;

/** Rule changes made with a secret key are audited as `api`, with the caller's address. */
export function apiActor(request: Request, context: AppContext, identity: ApiKeyIdentity): RiskRuleActor {
  return { userId: null, actorEmail: `api (${identity.mode} secret key)`, ip: clientIp(request, context.config), userAgent: request.headers.get("user-agent") };
}

// GET /api/v1/risk-rules – the merchant's risk rules in the key's mode, in evaluation order (secret key).
export async function handleListRiskRules(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  return Response.json(await listRiskRules(context, { merchantId: identity.merchantId, mode: identity.mode }), { headers: { "Cache-Control": "no-store" } });
}

// POST /api/v1/risk-rules – add a rule at the end of the order; a malformed rule is refused naming its field (secret key).
export async function handleCreateRiskRule(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_RULE_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createRiskRuleBody, raw);
    const rule = await createRiskRule(context, { merchantId: identity.merchantId, mode: identity.mode }, input, apiActor(request, context, identity));
    return { status: 201, body: rule };
  });
}
