import {
  AppError,
  authenticateApiKey,
  consumeRateLimit,
  createCardToken,
  isAppError,
  isOriginAllowed,
  type RateLimitRule,
} from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { clientIp } from "@/server/http/client-ip";
import { errorResponse } from "@/server/http/error-response";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { createCardTokenBody } from "./schema";

/** A card is a few dozen bytes; anything much larger is not a card. */
const MAX_BODY_BYTES = 4 * 1024;

function corsHeaders(origin: string): Record<string, string> {
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
}

async function enforceRateLimit(context: AppContext, key: string, rule: RateLimitRule) {
  const result = await consumeRateLimit(context, key, rule);
  if (!result.allowed) {
    throw new AppError("rate_limited", "Too many card attempts; try again later.", {
      headers: { "Retry-After": String(result.retryAfterSeconds) },
    });
  }
}

// OPTIONS /api/v1/card-tokens – CORS preflight. The preflight carries no key, so
// it is granted to origins some merchant registered; the POST then checks the
// origin against the key's own merchant.
export async function handleCardTokenPreflight(request: Request, context: AppContext): Promise<Response> {
  const origin = request.headers.get("origin");
  const headers: Record<string, string> = { Vary: "Origin" };
  if (origin && (await isOriginAllowed(context, origin))) {
    Object.assign(headers, corsHeaders(origin), {
      "Access-Control-Allow-Methods": "POST",
      "Access-Control-Allow-Headers": "Authorization, Content-Type",
      "Access-Control-Max-Age": "600",
    });
  }
  return new Response(null, { status: 204, headers });
}

// POST /api/v1/card-tokens – turn a card into a single-use cardTokenId (publishable key).
export async function handleCreateCardToken(request: Request, context: AppContext): Promise<Response> {
  const origin = request.headers.get("origin");
  const ip = clientIp(request, context.config.clientIpHeader);
  let granted: Record<string, string> = { Vary: "Origin" };
  try {
    // Counted before anything else, so that bad keys and bad cards cost attempts too.
    await enforceRateLimit(context, `tokenize:ip:${ip}`, context.config.rateLimits.tokenizePerIp);
    const identity = await authenticateApiKey(context, bearerToken(request), "publishable");
    await enforceRateLimit(context, `tokenize:key:${identity.keyId}`, context.config.rateLimits.tokenizePerKey);
    // The Fields number frame posts from the platform's own origin (its page only
    // works when framed by one of the key's registered origins); same-origin needs no CORS grant.
    if (origin && origin !== new URL(context.config.publicUrl).origin) {
      if (!(await isOriginAllowed(context, origin, identity.merchantId))) {
        throw new AppError("origin_not_allowed", "This origin is not registered for this merchant.");
      }
      granted = corsHeaders(origin);
    }
    const body = parseBody(createCardTokenBody, await readJsonBody(request, MAX_BODY_BYTES));
    const token = await createCardToken(context, {
      merchantId: identity.merchantId,
      mode: identity.mode,
      card: body.card,
    });
    context.logger.info({ merchantId: identity.merchantId, cardTokenId: token.cardTokenId, brand: token.card.brand, ip }, "card tokenized");
    return Response.json(token, { status: 201, headers: { ...granted, "Cache-Control": "no-store" } });
  } catch (error) {
    // Errors raised before the key's merchant is known (rate limit, bad key)
    // still reach token.js if some merchant registered the origin; a refused
    // origin learns nothing.
    if (origin && !("Access-Control-Allow-Origin" in granted) && !(isAppError(error) && error.code === "origin_not_allowed")) {
      if (await isOriginAllowed(context, origin).catch(() => false)) granted = corsHeaders(origin);
    }
    return errorResponse(error, context.logger, granted);
  }
}
