import { AppError, checkApiKeyShape, checkCardForToken, isAppError, isOriginAllowed, tokenizeCard, type CheckedCard } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { clientIp } from "@/server/http/client-ip";
import { errorResponse } from "@/server/http/error-response";
import { JsonResponse } from "@/server/http/json-response";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { createCardTokenBody } from "./schema";

/** A card is a few dozen bytes; anything much larger is not a card. */
const MAX_BODY_BYTES = 4 * 1024;

function corsHeaders(origin: string): Record<string, string> {
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
}

/** The card number and challenge solution of a body, as far as they can be read, whatever else is wrong with it. */
function attemptedCard(raw: unknown): { cardNumber: string | null; solution: string | null } {
  const body = raw as { card?: { number?: unknown }; challengeSolution?: unknown };
  const number = body.card && typeof body.card === "object" ? body.card.number : undefined;
  return {
    cardNumber: typeof number === "string" || typeof number === "number" ? String(number).slice(0, 64) : null,
    solution: typeof body.challengeSolution === "string" ? body.challengeSolution : null,
  };
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
  const ip = clientIp(request, context.config);
  let granted: Record<string, string> = { Vary: "Origin" };
  try {
    // Everything that needs no database is checked first; the first problem found is kept, and
    // tokenizeCard reports it in its place (after the address limit, the key and the origin).
    let publishableKey: string | null = null;
    let card: CheckedCard | null = null;
    let holder: string | undefined;
    let rejection: AppError | null = null;
    // Read from the body even when it is invalid: a refused attempt counts against its card too.
    let attempted: { cardNumber: string | null; solution: string | null } = { cardNumber: null, solution: null };
    try {
      publishableKey = checkApiKeyShape(bearerToken(request), "publishable");
    } catch (error) {
      if (!isAppError(error)) throw error;
      rejection = error;
    }
    try {
      const raw = await readJsonBody(request, MAX_BODY_BYTES);
      attempted = attemptedCard(raw);
      const body = parseBody(createCardTokenBody, raw);
      card = checkCardForToken(body.card, context.clock.now());
      holder = body.card.holder;
    } catch (error) {
      if (!isAppError(error)) throw error;
      rejection ??= error;
    }
    // The statement commits asynchronously unless the operator said otherwise (JETON_TOKENIZE_SYNCHRONOUS_COMMIT):
    // its counter rows are shared by every attempt of one address, card or merchant (docs/operations.md).
    const db = context.asyncCommitDb ?? context.db;
    // The Fields number frame posts from the platform's own origin (its page only works when
    // framed by one of the key's registered origins); same-origin needs no check and no CORS grant.
    const crossOrigin = origin && origin !== new URL(context.config.publicUrl).origin ? origin : null;
    // One statement: the card-testing counters (IP, card, merchant: every attempt counts, valid or not;
    // past the thresholds it needs a solved challenge, then it is refused), the address counter,
    // the key, the origin, the key counter and the insert.
    const { token, merchantId } = await tokenizeCard(
      // What tokenizeCard uses, written out: a spread copy of the context plus a property is a slow path in V8 (~1-2 us).
      { db, vault: context.vault, clock: context.clock, cardTesting: context.config.cardTesting },
      {
        publishableKey,
        origin: crossOrigin,
        ip,
        card,
        holder,
        rejection,
        limits: { perIp: context.config.rateLimits.tokenizePerIp, perKey: context.config.rateLimits.tokenizePerKey },
        attempt: attempted,
      },
    );
    if (crossOrigin) granted = corsHeaders(crossOrigin);
    context.logger.info({ merchantId, cardTokenId: token.cardTokenId, brand: token.card.brand, ip }, "card tokenized");
    return new JsonResponse(token, { status: 201, headers: { "Cache-Control": "no-store", ...granted } });
  } catch (error) {
    // An error still reaches token.js if some merchant registered the origin (the
    // key's merchant did, if the error came after the origin check); a refused
    // origin learns nothing.
    if (origin && !(isAppError(error) && error.code === "origin_not_allowed")) {
      if (await isOriginAllowed(context, origin).catch(() => false)) granted = corsHeaders(origin);
    }
    return errorResponse(error, context.logger, granted);
  }
}
