import { authenticateApiKey, reorderRiskRules } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { apiActor, MAX_RULE_BODY_BYTES } from "../handler";
import { reorderRiskRulesBody } from "./schema";

// POST /api/v1/risk-rules/reorder – set the evaluation order; `ids` names every rule once (secret key).
export async function handleReorderRiskRules(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_RULE_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const { ids } = parseBody(reorderRiskRulesBody, raw);
    return { status: 200, body: await reorderRiskRules(context, { merchantId: identity.merchantId, mode: identity.mode }, ids, apiActor(request, context, identity)) };
  });
}
